package org.asylon.rsd.deadline.control;

import static org.asylon.rsd.deadline.control.DeadlineRules.APPEAL;
import static org.asylon.rsd.deadline.control.DeadlineRules.APPEAL_ACCELERATED;
import static org.asylon.rsd.deadline.control.DeadlineRules.APPEAL_DECISION;
import static org.asylon.rsd.deadline.control.DeadlineRules.BORDER_LODGING;
import static org.asylon.rsd.deadline.control.DeadlineRules.BORDER_MAXIMUM;
import static org.asylon.rsd.deadline.control.DeadlineRules.LODGING;
import static org.asylon.rsd.deadline.control.DeadlineRules.REGISTRATION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.junit.jupiter.api.Test;

/** Which time limits apply per profile and track, and which stage change meets each. */
class DeadlineRulesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();

    private static List<String> rules(String profile, String track, Outcome outcome) {
        return new DeadlineRules(LOADER.load(profile)).applicable(track, outcome).stream()
                .map(DeadlineRules.Applicable::rule).toList();
    }

    @Test
    void euPactPerTrack() {
        assertEquals(List.of(REGISTRATION, LODGING, "asylum.examination.regular.deadline", APPEAL, APPEAL_DECISION),
                rules("eu-pact-2026", "regular", null));
        assertEquals(List.of(REGISTRATION, LODGING, "asylum.examination.accelerated.deadline", APPEAL_ACCELERATED,
                APPEAL_DECISION), rules("eu-pact-2026", "accelerated", null));
        assertEquals(List.of(REGISTRATION, LODGING, BORDER_LODGING, BORDER_MAXIMUM, APPEAL_ACCELERATED, APPEAL_DECISION),
                rules("eu-pact-2026", "border", null));
        assertEquals(List.of(REGISTRATION, LODGING, "asylum.examination.prioritised.deadline", APPEAL, APPEAL_DECISION),
                rules("eu-pact-2026", "prioritised", null));
        assertTrue(rules("eu-pact-2026", "regular", Outcome.INADMISSIBLE).contains(APPEAL_ACCELERATED),
                "an inadmissibility decision has the shorter window");
    }

    @Test
    void convention1951HasNoLodgingStepAndNoSimplifiedLimitOfItsOwn() {
        assertEquals(List.of(REGISTRATION, "asylum.examination.regular.deadline", APPEAL, APPEAL_DECISION),
                rules("convention-1951", "regular", null));
        List<DeadlineRules.Applicable> simplified = new DeadlineRules(LOADER.load("convention-1951"))
                .applicable("simplified", null);
        assertEquals("asylum.examination.regular.deadline", simplified.get(1).rule());
        assertTrue(simplified.get(1).caveats().get(0).contains("no examination limit of its own"));
    }

    @Test
    void nonConventionMandateRunsNoExaminationClockOfTheState() {
        assertEquals(List.of(REGISTRATION, APPEAL), rules("non-convention-mandate", "regular", null));
        assertEquals(List.of(REGISTRATION, APPEAL_ACCELERATED), rules("non-convention-mandate", "accelerated", null));
        assertEquals(List.of(REGISTRATION, APPEAL), rules("non-convention-mandate", "prima-facie", null));
    }

    @Test
    void stageChangesThatMeetEachLimit() {
        assertTrue(DeadlineRules.metBy(REGISTRATION, Stage.MADE, Stage.REGISTERED));
        assertFalse(DeadlineRules.metBy(REGISTRATION, Stage.MADE, Stage.WITHDRAWN));
        assertTrue(DeadlineRules.metBy(LODGING, Stage.REGISTERED, Stage.LODGED));
        assertFalse(DeadlineRules.metBy(LODGING, Stage.APPEALED, Stage.LODGED), "a remittal is no lodging");
        assertTrue(DeadlineRules.metBy("asylum.examination.accelerated.deadline", Stage.LODGED, Stage.DECIDED));
        assertFalse(DeadlineRules.metBy(BORDER_MAXIMUM, Stage.LODGED, Stage.DECIDED), "it includes any appeal");
        assertTrue(DeadlineRules.metBy(BORDER_MAXIMUM, Stage.APPEALED, Stage.FINAL));
        assertTrue(DeadlineRules.metBy(APPEAL, Stage.NOTIFIED, Stage.APPEALED));
        assertTrue(DeadlineRules.metBy(APPEAL_ACCELERATED, Stage.NOTIFIED, Stage.FINAL));
        assertTrue(DeadlineRules.metBy(APPEAL_DECISION, Stage.APPEALED, Stage.LODGED), "remitted");
        assertTrue(DeadlineRules.metBy(APPEAL_DECISION, Stage.APPEALED, Stage.FINAL));
        assertFalse(DeadlineRules.metBy(APPEAL_DECISION, Stage.NOTIFIED, Stage.APPEALED));
    }
}
