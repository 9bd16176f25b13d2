package org.asylon.rsd.deadline.control;

import static org.asylon.rsd.appeal.control.AppealRules.DECISION_DEADLINE;
import static org.asylon.rsd.deadline.control.DeadlineRules.BORDER_LODGING;
import static org.asylon.rsd.deadline.control.DeadlineRules.BORDER_MAXIMUM;
import static org.asylon.rsd.deadline.control.DeadlineRules.LODGING;
import static org.asylon.rsd.deadline.control.DeadlineRules.REGISTRATION;
import static org.asylon.rsd.decision.control.AppealWindows.APPEAL;
import static org.asylon.rsd.decision.control.AppealWindows.APPEAL_ACCELERATED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which time limits apply per profile and track, and which stage change meets each. */
class DeadlineRulesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();

    private static List<String> rules(String profile, String track, Outcome outcome) {
        return new DeadlineRules(LOADER.load(profile))
                .applicable(track, outcome).stream().map(DeadlineRules.Applicable::rule).toList();
    }

    @Test
    void euPactPerTrack() {
        assertEquals(
                List.of(
                        REGISTRATION,
                        LODGING,
                        "asylum.examination.regular.deadline",
                        APPEAL,
                        DECISION_DEADLINE),
                rules("eu-pact-2026", "regular", null));
        assertEquals(
                List.of(
                        REGISTRATION,
                        LODGING,
                        "asylum.examination.accelerated.deadline",
                        APPEAL_ACCELERATED,
                        DECISION_DEADLINE),
                rules("eu-pact-2026", "accelerated", null));
        assertEquals(
                List.of(
                        REGISTRATION,
                        LODGING,
                        BORDER_LODGING,
                        BORDER_MAXIMUM,
                        APPEAL_ACCELERATED,
                        DECISION_DEADLINE),
                rules("eu-pact-2026", "border", null));
        assertEquals(
                List.of(
                        REGISTRATION,
                        LODGING,
                        "asylum.examination.prioritised.deadline",
                        APPEAL,
                        DECISION_DEADLINE),
                rules("eu-pact-2026", "prioritised", null));
        assertTrue(
                rules("eu-pact-2026", "regular", Outcome.INADMISSIBLE).contains(APPEAL_ACCELERATED),
                "an inadmissibility decision has the shorter window");
    }

    @Test
    void convention1951HasNoLodgingStepAndNoSimplifiedLimitOfItsOwn() {
        assertEquals(
                List.of(
                        REGISTRATION,
                        "asylum.examination.regular.deadline",
                        APPEAL,
                        DECISION_DEADLINE),
                rules("convention-1951", "regular", null));
        List<DeadlineRules.Applicable> simplified =
                new DeadlineRules(LOADER.load("convention-1951")).applicable("simplified", null);
        assertEquals("asylum.examination.regular.deadline", simplified.get(1).rule());
        assertTrue(simplified.get(1).caveats().get(0).contains("no examination limit of its own"));
    }

    @Test
    void nonConventionMandateRunsNoExaminationClockOfTheState() {
        assertEquals(
                List.of(REGISTRATION, APPEAL), rules("non-convention-mandate", "regular", null));
        assertEquals(
                List.of(REGISTRATION, APPEAL_ACCELERATED),
                rules("non-convention-mandate", "accelerated", null));
        assertEquals(
                List.of(REGISTRATION, APPEAL),
                rules("non-convention-mandate", "prima-facie", null));
    }

    @Test
    void stageChangesThatMeetEachLimit() {
        DeadlineRules eu = new DeadlineRules(LOADER.load("eu-pact-2026"));
        assertTrue(eu.metBy(REGISTRATION, Stage.MADE, Stage.REGISTERED));
        assertFalse(eu.metBy(REGISTRATION, Stage.MADE, Stage.WITHDRAWN));
        assertTrue(eu.metBy(LODGING, Stage.REGISTERED, Stage.LODGED));
        assertFalse(eu.metBy(LODGING, Stage.APPEALED, Stage.LODGED), "a remittal is no lodging");
        assertTrue(
                eu.metBy("asylum.examination.accelerated.deadline", Stage.LODGED, Stage.DECIDED));
        assertFalse(
                eu.metBy(BORDER_MAXIMUM, Stage.LODGED, Stage.DECIDED), "it includes any appeal");
        assertTrue(eu.metBy(BORDER_MAXIMUM, Stage.APPEALED, Stage.FINAL));
        assertTrue(eu.metBy(APPEAL, Stage.NOTIFIED, Stage.APPEALED));
        assertTrue(eu.metBy(APPEAL_ACCELERATED, Stage.NOTIFIED, Stage.FINAL));
        assertTrue(eu.metBy(DECISION_DEADLINE, Stage.APPEALED, Stage.LODGED), "remitted");
        assertTrue(eu.metBy(DECISION_DEADLINE, Stage.APPEALED, Stage.FINAL));
        assertFalse(eu.metBy(DECISION_DEADLINE, Stage.NOTIFIED, Stage.APPEALED));
    }

    @Test
    void theBorderProcedureAndWhetherItsMaximumCoversTheAppealAreTheProfiles(@TempDir Path dir)
            throws IOException {
        Files.writeString(
                dir.resolve("first-instance-border.profile"),
                """
                [profile]
                name = first-instance-border
                title = A state whose border-procedure maximum ends with the first-instance decision
                extends = eu-pact-2026

                [rule asylum.border-procedure.deadline.includes-appeal]
                value = false
                basis = Test national law, Art 5
                status = national-choice
                """);
        DeadlineRules state =
                new DeadlineRules(new ProfileLoader(dir).load("first-instance-border"));
        assertTrue(state.metBy(BORDER_MAXIMUM, Stage.LODGED, Stage.DECIDED));
        assertFalse(
                state.metBy(BORDER_MAXIMUM, Stage.LODGED, Stage.WITHDRAWN),
                "a withdrawal closes, it meets nothing");
        assertTrue(
                rules("convention-1951", "border", null).contains(APPEAL),
                "no border procedure in a Convention state: a track named border has no border-procedure limits");
        assertFalse(rules("convention-1951", "border", null).contains(BORDER_MAXIMUM));
    }
}
