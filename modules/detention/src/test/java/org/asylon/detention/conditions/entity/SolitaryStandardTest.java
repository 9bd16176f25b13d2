package org.asylon.detention.conditions.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Nelson Mandela Rules on solitary confinement (UN GA Res 70/175, 2015) as each base reference
 * profile states them: Rule 44 (22 hours or more a day without meaningful human contact; prolonged
 * beyond 15 consecutive days), Rule 45(1) (a competent authority's authorisation) and Rule 45(2)
 * (never for a person whose disability it would worsen).
 */
class SolitaryStandardTest {

    private static SolitaryStandard standard(String profile) {
        return SolitaryProfile.standardOf(new ProfileLoader().load(profile));
    }

    private static ConfinementDay day(
            SolitaryStandard standard, String hours, String authorisedBy, boolean worsened) {
        return new ConfinementDay(
                "person",
                LocalDate.parse("2026-11-24"),
                new BigDecimal(hours),
                authorisedBy,
                null,
                worsened,
                "facility",
                standard,
                "detention.officer",
                Instant.EPOCH);
    }

    private static void assertRule(String rule, String basis, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
        assertEquals(basis, refused.extensions().get("legalBasis"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void theProfilesStateTheLimitsOfMandelaRules43And44(String profile) {
        SolitaryStandard standard = standard(profile);
        assertEquals(0, new BigDecimal("22").compareTo(standard.dailyHours()));
        assertEquals(15, standard.prolongedDays());
        assertTrue(standard.dailyHoursBasis().contains("Rule 44"), standard.dailyHoursBasis());
        assertTrue(standard.prolongedBasis().contains("43(1)(b)"), standard.prolongedBasis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rule44_22HoursWithoutMeaningfulContactIsSolitaryAnd21IsNot(String profile) {
        SolitaryStandard standard = standard(profile);
        assertTrue(standard.solitary(new BigDecimal("22")));
        assertTrue(standard.solitary(new BigDecimal("24")));
        assertFalse(standard.solitary(new BigDecimal("21")));
        assertFalse(standard.solitary(new BigDecimal("21.99")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rules43_1_bAnd44_16ConsecutiveDaysAreProlongedAnd15AreNot(String profile) {
        SolitaryStandard standard = standard(profile);
        assertTrue(standard.prolonged(16));
        assertFalse(standard.prolonged(15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rule45_1_aSolitaryDayWithoutTheAuthorisingCompetentAuthorityIsRefused(String profile) {
        SolitaryStandard standard = standard(profile);
        assertRule(
                SolitaryStandard.AUTHORISATION,
                SolitaryStandard.AUTHORISATION_BASIS,
                () -> day(standard, "22", null, false));
        assertRule(
                SolitaryStandard.AUTHORISATION,
                SolitaryStandard.AUTHORISATION_BASIS,
                () -> day(standard, "23.5", "  ", false));
        assertEquals("Director", day(standard, "22", "Director", false).authorisedBy());
        // a day below the threshold needs no authorisation
        assertFalse(day(standard, "21", null, false).solitary(standard));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void rule45_2_aSolitaryDayForAPersonWhoseDisabilityItWorsensIsRefused(String profile) {
        SolitaryStandard standard = standard(profile);
        assertRule(
                SolitaryStandard.DISABILITY,
                SolitaryStandard.DISABILITY_BASIS,
                () -> day(standard, "22", "Director", true));
        ConfinementDay day = day(standard, "22", "Director", false);
        assertRule(
                SolitaryStandard.DISABILITY,
                SolitaryStandard.DISABILITY_BASIS,
                () ->
                        day.correct(
                                new BigDecimal("23"),
                                "Director",
                                null,
                                true,
                                standard,
                                "detention.officer",
                                Instant.EPOCH));
        // not solitary: the answer is recorded, nothing is refused
        assertTrue(day(standard, "12", null, true).disabilityWorsened());
    }
}
