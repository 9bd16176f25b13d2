package org.asylon.rsd.appeal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.appeal.entity.Suspension;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.TrackAssignment;
import org.junit.jupiter.api.Test;

/** Lateness, suspensive effect by profile and track, and the appeal body's time limit. */
class AppealRulesTest {

    private static final ProfileLoader PROFILES = new ProfileLoader();

    private static Suspension suspension(String profile, String track) {
        return new AppealRules(PROFILES.load(profile)).suspension(application(track));
    }

    @Test
    void theSuspensiveEffectFollowsTheTrackWhereTheProfileHasARuleForIt() {
        assertEquals(
                "asylum.appeal.suspensive.border", suspension("eu-pact-2026", "border").rule());
        assertEquals(
                "asylum.appeal.suspensive.accelerated",
                suspension("eu-pact-2026", "accelerated").rule());
        assertEquals(AppealRules.SUSPENSIVE_REGULAR, suspension("eu-pact-2026", "regular").rule());
        assertEquals(AppealRules.SUSPENSIVE_REGULAR, suspension("eu-pact-2026", null).rule());
        // a track without a flag of its own: the regular rule applies
        assertEquals(
                AppealRules.SUSPENSIVE_REGULAR, suspension("eu-pact-2026", "prioritised").rule());
        assertEquals(
                AppealRules.SUSPENSIVE_REGULAR, suspension("convention-1951", "border").rule());
        assertEquals(
                "asylum.appeal.suspensive.accelerated",
                suspension("non-convention-mandate", "accelerated").rule());
        Suspension s = suspension("eu-pact-2026", "border");
        assertTrue(s.suspensive(), "the shipped placeholder is the protective default");
        assertTrue(s.basis().contains("Art 68"), s.basis());
    }

    @Test
    void everyFlagOfATrackIsOneTheCatalogueKnows() {
        for (String track : List.of("regular", "accelerated", "border")) {
            assertTrue(
                    PROFILES.load("eu-pact-2026")
                            .catalogues()
                            .rule(AppealRules.suspensive(track))
                            .isPresent(),
                    track);
        }
    }

    @Test
    void daysLateCountFromTheLastDayOfTheWindow() {
        LocalDate last = LocalDate.parse("2026-07-31");
        assertEquals(0, AppealRules.daysLate(last, LocalDate.parse("2026-07-01")));
        assertEquals(0, AppealRules.daysLate(last, last));
        assertEquals(1, AppealRules.daysLate(last, LocalDate.parse("2026-08-01")));
        assertEquals(32, AppealRules.daysLate(last, LocalDate.parse("2026-09-01")));
    }

    @Test
    void theAppealBodyDecidesOnlyWhereTheProfileSetsItATimeLimit() {
        assertTrue(new AppealRules(PROFILES.load("eu-pact-2026")).hasDecisionDeadline());
        assertFalse(new AppealRules(PROFILES.load("non-convention-mandate")).hasDecisionDeadline());
    }

    private static AsylumApplication application(String track) {
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person("A", "B", null, null, "F", List.of("SYR"), List.of()),
                        null,
                        Instant.parse("2026-05-01T00:00:00Z"),
                        MadeWhere.RSD_DESK,
                        "clerk",
                        Instant.parse("2026-05-01T00:00:00Z"));
        if (track != null) {
            a.assignTrack(new TrackAssignment(track, "test", null, null, "test", false));
        }
        return a;
    }
}
