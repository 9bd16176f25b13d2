package org.asylon.detention.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.Regime;
import org.asylon.detention.order.entity.Schedule;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/**
 * An order's clocks under the three base profiles, from the profile's rules and the kernel's
 * deadline calculator (anchors detention.start and detention.review): the maximum (RCD Art 11(1)
 * and UNHCR Guideline 6 for an applicant; Return Directive Art 15(5) without a claim), the ex
 * officio judicial review of an administrative order (RCD Art 11(3): 15 days, 21 exceptional), the
 * periodic review, and time already served on the same ground (Guideline 6, paras 44–46).
 */
class DetentionCalendarTest {

    static final ProfileLoader PROFILES = new ProfileLoader();
    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");

    static DetentionCalendar calendar(String profile) {
        return new DetentionCalendar(PROFILES.load(profile));
    }

    /** The instant a limit ending on {@code lastDay} passes: midnight after it, in the zone. */
    static Instant after(String lastDay, String zone) {
        return LocalDate.parse(lastDay).plusDays(1).atStartOfDay(ZoneId.of(zone)).toInstant();
    }

    @Test
    void
            euPact_anApplicantsAdministrativeOrderRunsToTheMaximumWithAJudicialReviewIn15DaysRcdArt11() {
        Schedule s =
                calendar("eu-pact-2026")
                        .schedule(
                                Regime.APPLICANT,
                                AuthorityKind.ADMINISTRATIVE,
                                false,
                                START,
                                Duration.ZERO);
        assertEquals(DetentionLaw.MAXIMUM, s.maximumRule());
        assertEquals(after("2027-02-23", "Europe/Brussels"), s.maximumAt(), "P12W placeholder");
        assertEquals(DetentionLaw.JUDICIAL_REVIEW, s.judicialReviewRule());
        assertEquals(after("2026-12-16", "Europe/Brussels"), s.judicialReviewDueAt());
        assertEquals(after("2027-01-01", "Europe/Brussels"), s.nextReviewAt(), "P1M placeholder");
    }

    @Test
    void euPact_theExceptionalJudicialReviewIs21DaysRcdArt11_3() {
        Schedule s =
                calendar("eu-pact-2026")
                        .schedule(
                                Regime.APPLICANT,
                                AuthorityKind.ADMINISTRATIVE,
                                true,
                                START,
                                Duration.ZERO);
        assertEquals(DetentionLaw.EXCEPTIONAL_JUDICIAL_REVIEW, s.judicialReviewRule());
        assertEquals(after("2026-12-22", "Europe/Brussels"), s.judicialReviewDueAt());
    }

    @Test
    void
            euPact_withoutAClaimTheReturnMaximumAppliesReturnDirectiveArt15_5_andACourtsOrderHasNoExOfficioReview() {
        Schedule s =
                calendar("eu-pact-2026")
                        .schedule(
                                Regime.WITHOUT_CLAIM,
                                AuthorityKind.JUDICIAL,
                                false,
                                START,
                                Duration.ZERO);
        assertEquals(DetentionLaw.RETURN_MAXIMUM, s.maximumRule());
        assertEquals(after("2027-06-01", "Europe/Brussels"), s.maximumAt());
        assertNull(s.judicialReviewRule());
        assertNull(s.judicialReviewDueAt());
    }

    @Test
    void euPact_onlyReturnDetentionCanBeExtendedAndOnlyTo18MonthsReturnDirectiveArt15_6() {
        DetentionCalendar eu = calendar("eu-pact-2026");
        assertTrue(eu.extendedMaximum(Regime.APPLICANT, START, Duration.ZERO).isEmpty());
        assertEquals(
                LocalDate.parse("2028-06-01"),
                eu.extendedMaximum(Regime.WITHOUT_CLAIM, START, Duration.ZERO)
                        .orElseThrow()
                        .dueDate()
                        .orElseThrow());
        assertTrue(
                eu.extendedMaximum(Regime.WITHOUT_CLAIM, START, Duration.ZERO)
                        .orElseThrow()
                        .unconfirmed(),
                "the 18-month total is unconfirmed and labelled so");
    }

    @Test
    void convention1951_theMaximumIsThePlaceholderOfGuideline6AndNothingExtendsIt() {
        DetentionCalendar c = calendar("convention-1951");
        Schedule s =
                c.schedule(
                        Regime.APPLICANT,
                        AuthorityKind.ADMINISTRATIVE,
                        false,
                        START,
                        Duration.ZERO);
        assertEquals(DetentionLaw.MAXIMUM, s.maximumRule());
        assertEquals(after("2027-06-01", "UTC"), s.maximumAt());
        assertEquals(after("2026-12-16", "UTC"), s.judicialReviewDueAt());
        assertFalse(c.law().exceptionalReview(), "no exceptional review limit outside the EU");
        assertTrue(c.extendedMaximum(Regime.WITHOUT_CLAIM, START, Duration.ZERO).isEmpty());
        assertTrue(c.extendedMaximum(Regime.APPLICANT, START, Duration.ZERO).isEmpty());
        assertEquals(
                DetentionLaw.RETURN_MAXIMUM,
                c.schedule(
                                Regime.WITHOUT_CLAIM,
                                AuthorityKind.ADMINISTRATIVE,
                                false,
                                START,
                                Duration.ZERO)
                        .maximumRule());
    }

    @Test
    void nonConventionMandate_theClocksRunFromTheProfilesPlaceholders() {
        DetentionCalendar m = calendar("non-convention-mandate");
        Schedule s =
                m.schedule(
                        Regime.APPLICANT,
                        AuthorityKind.ADMINISTRATIVE,
                        false,
                        START,
                        Duration.ZERO);
        assertEquals(after("2027-06-01", "UTC"), s.maximumAt());
        assertEquals(after("2026-12-16", "UTC"), s.judicialReviewDueAt());
        assertEquals(after("2027-01-01", "UTC"), s.nextReviewAt());
    }

    @Test
    void timeAlreadyServedOnTheSameGroundCountsAgainstTheMaximumGuideline6Paras44to46() {
        // the start of the maximum moves back by the time served: 12 weeks less 10 days
        DetentionCalendar c = calendar("eu-pact-2026");
        Schedule again =
                c.schedule(
                        Regime.APPLICANT,
                        AuthorityKind.JUDICIAL,
                        false,
                        START,
                        Duration.ofDays(10));
        assertEquals(after("2027-02-13", "Europe/Brussels"), again.maximumAt());
    }

    @Test
    void thePeriodicReviewRunsFromTheLastReview() {
        DetentionCalendar c = calendar("eu-pact-2026");
        assertEquals(
                after("2027-02-15", "Europe/Brussels"),
                c.nextReview(Instant.parse("2027-01-15T10:00:00Z")));
    }
}
