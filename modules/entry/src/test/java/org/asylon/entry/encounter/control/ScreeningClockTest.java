package org.asylon.entry.encounter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.Screening;
import org.asylon.entry.encounter.entity.ScreeningReason;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/**
 * The screening clock runs on the active profile: whether screening applies and by when it must
 * end.
 */
class ScreeningClockTest {

    private static final Instant MET = Instant.parse("2026-11-20T06:30:00Z");

    private static ScreeningClock under(String profile) {
        return new ScreeningClock(new ActiveProfile(new ProfileLoader(), profile));
    }

    private static Encounter met(EncounterKind kind, Instant heldAtBorderSince) {
        return new Encounter(
                kind,
                null,
                "green border",
                MET,
                heldAtBorderSince,
                new PersonDetails(null, null, "Haddad", "Muhammad", null, null, null, null),
                List.of("SYR"),
                List.of("ara"),
                List.of(),
                false,
                "border.officer",
                MET);
    }

    @Test
    void underTheEuPactScreeningEndsSevenDaysAfterApprehension() {
        Screening screening =
                under("eu-pact-2026")
                        .start(met(EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING, null), MET)
                        .orElseThrow();
        assertEquals(LocalDate.parse("2026-11-27"), screening.due());
        assertEquals(EntryRules.SCREENING_DEADLINE, screening.dueRule());
        assertTrue(screening.dueExplanation().contains("Art 8(3)"), screening.dueExplanation());
        assertEquals(ScreeningReason.UNAUTHORISED_CROSSING, screening.reason());
    }

    @Test
    void aPersonHeldAtTheBorderOverTheThresholdGetsTheReducedLimitMarkedUnconfirmed() {
        Encounter held = met(EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING, MET);
        Screening screening =
                under("eu-pact-2026").start(held, MET.plus(Duration.ofHours(73))).orElseThrow();
        assertEquals(EntryRules.SCREENING_DEADLINE_HELD, screening.dueRule());
        assertEquals(LocalDate.parse("2026-11-24"), screening.due());
        assertTrue(screening.dueUnconfirmed());
        Screening notYet =
                under("eu-pact-2026").start(held, MET.plus(Duration.ofHours(71))).orElseThrow();
        assertEquals(EntryRules.SCREENING_DEADLINE, notYet.dueRule(), "72 hours are not yet over");
    }

    @Test
    void aRescueAtSeaIsScreenedFromDisembarkation() {
        Screening screening =
                under("eu-pact-2026")
                        .start(met(EncounterKind.RESCUE_AT_SEA, null), MET)
                        .orElseThrow();
        assertEquals(ScreeningReason.SEARCH_AND_RESCUE_DISEMBARKATION, screening.reason());
        assertEquals(LocalDate.parse("2026-11-27"), screening.due());
    }

    @Test
    void noScreeningWhereTheProfileHasNoneOrForARegularCrossing() {
        assertEquals(
                Optional.empty(),
                under("convention-1951")
                        .start(
                                met(EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING, null),
                                MET));
        assertEquals(
                Optional.empty(),
                under("eu-pact-2026").start(met(EncounterKind.REGULAR_CROSSING, null), MET));
    }
}
