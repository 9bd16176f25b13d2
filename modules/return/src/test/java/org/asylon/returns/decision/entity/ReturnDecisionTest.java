package org.asylon.returns.decision.entity;

import static org.asylon.returns.testing.Laws.CONVENTION;
import static org.asylon.returns.testing.Laws.DECIDED;
import static org.asylon.returns.testing.Laws.EU;
import static org.asylon.returns.testing.Laws.clock;
import static org.asylon.returns.testing.Laws.law;
import static org.asylon.returns.testing.Laws.withPeriod;
import static org.asylon.returns.testing.Problems.conflict;
import static org.asylon.returns.testing.Problems.invalid;
import static org.asylon.returns.testing.Problems.refusedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.returns.decision.entity.DecisionTerms.CountryTerms;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/**
 * A return decision's life: its ground and legal basis from the profile, the notification that
 * starts the period for voluntary departure (anchor return.decision.notification), extensions (Art
 * 7(2)), another country of return, withdrawal, annulment on appeal, and the departure under it. A
 * decision no longer in force, or under which the person left, changes no more.
 */
class ReturnDecisionTest {

    static final Instant NOTIFIED = Instant.parse("2026-12-02T10:00:00Z");

    static ReturnDecision issue(String profile, DecisionTerms terms) {
        return VoluntaryDepartureTest.issue(profile, terms);
    }

    static ReturnDecision notified(String profile, DecisionTerms terms) {
        ReturnDecision d = issue(profile, terms);
        d.notify(
                NOTIFIED,
                NotificationMethod.IN_PERSON,
                "ara",
                clock(profile),
                "officer",
                NOTIFIED.plusSeconds(60));
        return d;
    }

    @Test
    void theGroundAndItsLegalBasisComeFromTheProfileWithTheirStatus() {
        ReturnDecision d = issue(EU, Laws.terms());
        assertEquals("illegal-stay", d.groundCode());
        assertTrue(d.groundBasis().contains("Art 6(1)"), d.groundBasis());
        assertEquals("unconfirmed", d.groundStatus());
        assertEquals(DecisionStatus.ISSUED, d.status());
        assertEquals("national-choice", issue(CONVENTION, Laws.terms()).groundStatus());
        DecisionTerms t = Laws.terms();
        invalid(
                "groundCode",
                () ->
                        issue(
                                EU,
                                new DecisionTerms(
                                        "overstay",
                                        t.reasons(),
                                        false,
                                        null,
                                        null,
                                        t.countryOfReturn())));
        invalid(
                "reasons",
                () ->
                        issue(
                                EU,
                                new DecisionTerms(
                                        "illegal-stay",
                                        " ",
                                        false,
                                        null,
                                        null,
                                        t.countryOfReturn())));
    }

    @Test
    void theNotificationStartsTheProfilesPeriodOnTheProfilesCalendar() {
        ReturnDecision d = notified(EU, Laws.terms());
        VoluntaryDeparture p = d.voluntaryDeparture();
        assertEquals(DecisionStatus.NOTIFIED, d.status());
        // 30 calendar days from 2 December (the day of notification not counted)
        assertEquals(LocalDate.parse("2027-01-01"), p.lastDay());
        assertEquals(Instant.parse("2027-01-01T23:00:00Z"), p.endsAt());
        assertTrue(p.explanation().contains("Art 7(1)"), p.explanation());
        assertTrue(p.runsAt(Instant.parse("2027-01-01T22:59:00Z")));
        assertFalse(p.runsAt(Instant.parse("2027-01-01T23:00:00Z")));
    }

    @Test
    void aShortenedPeriodIsCountedTheSameWayFromTheNotification() {
        ReturnDecision d =
                notified(
                        EU, withPeriod(10, null, null, "The person booked a flight for the 11th."));
        assertEquals(LocalDate.parse("2026-12-12"), d.voluntaryDeparture().lastDay());
        assertTrue(d.voluntaryDeparture().explanation().contains("shortened"));
    }

    @Test
    void aNotificationIsNeitherInTheFutureNorBeforeTheDecisionNorTwice() {
        ReturnDecision d = issue(EU, Laws.terms());
        invalid(
                "notifiedAt",
                () ->
                        d.notify(
                                DECIDED.plus(Duration.ofHours(2)),
                                NotificationMethod.IN_PERSON,
                                null,
                                clock(EU),
                                "officer",
                                DECIDED.plus(Duration.ofHours(1))));
        invalid(
                "notifiedAt",
                () ->
                        d.notify(
                                DECIDED.minus(Duration.ofHours(1)),
                                NotificationMethod.IN_PERSON,
                                null,
                                clock(EU),
                                "officer",
                                DECIDED.plusSeconds(60)));
        ReturnDecision n = notified(EU, Laws.terms());
        conflict(
                () ->
                        n.notify(
                                NOTIFIED,
                                NotificationMethod.IN_PERSON,
                                null,
                                clock(EU),
                                "officer",
                                NOTIFIED));
    }

    @Test
    void anExtensionForTheCircumstancesOfArt7_2MovesTheEnd() {
        ReturnDecision d = notified(EU, Laws.terms());
        refusedBy(
                ReturnLaw.EXTENSION_CIRCUMSTANCES,
                "Art 7(2)",
                () ->
                        d.extend(
                                14,
                                List.of(),
                                "School year.",
                                law(EU),
                                clock(EU),
                                "officer",
                                NOTIFIED.plus(Duration.ofDays(3))));
        invalid(
                "circumstances[0]",
                () ->
                        d.extend(
                                14,
                                List.of("weather"),
                                "Snow.",
                                law(EU),
                                clock(EU),
                                "officer",
                                NOTIFIED.plus(Duration.ofDays(3))));
        DepartureExtension e =
                d.extend(
                        14,
                        List.of("children-in-school", "length-of-stay"),
                        "Two children finish the term on 2027-01-14; here since 2015.",
                        law(EU),
                        clock(EU),
                        "officer",
                        NOTIFIED.plus(Duration.ofDays(3)));
        assertEquals(LocalDate.parse("2027-01-15"), d.voluntaryDeparture().lastDay());
        assertEquals(LocalDate.parse("2027-01-15"), e.lastDayAfter());
        assertEquals(44, d.voluntaryDeparture().totalDays());
        assertEquals(PeriodKind.EXTENDED, d.voluntaryDeparture().kind());
        assertTrue(d.voluntaryDeparture().explanation().contains("extended by 14"));
    }

    @Test
    void noPeriodToExtendWhenNoneWasGrantedOrItHasEnded() {
        ReturnDecision none =
                notified(
                        EU, withPeriod(0, List.of("risk-of-absconding"), null, "Absconded twice."));
        refusedBy(
                ReturnLaw.EXTENSION_CIRCUMSTANCES,
                "Art 7(2)",
                () ->
                        none.extend(
                                7,
                                List.of("length-of-stay"),
                                "Reasons.",
                                law(EU),
                                clock(EU),
                                "officer",
                                NOTIFIED));
        ReturnDecision ended = notified(EU, Laws.terms());
        refusedBy(
                ReturnLaw.EXTENSION_CIRCUMSTANCES,
                "Art 7(2)",
                () ->
                        ended.extend(
                                7,
                                List.of("length-of-stay"),
                                "Reasons.",
                                law(EU),
                                clock(EU),
                                "officer",
                                Instant.parse("2027-01-02T08:00:00Z")));
    }

    @Test
    void anotherCountryIsCheckedAsAtIssueAndNeedsReasons() {
        ReturnDecision d = notified(EU, Laws.terms());
        CountryTerms jordan = new CountryTerms("JOR", CountryBasis.HABITUAL_RESIDENCE, null);
        invalid("reasons", () -> d.changeCountry(jordan, null, law(EU), List.of("IRQ"), List.of()));
        refusedBy(
                ReturnLaw.NON_REFOULEMENT,
                null,
                () ->
                        d.changeCountry(
                                jordan,
                                "Lived in Amman.",
                                law(EU),
                                List.of("IRQ"),
                                List.of("JOR")));
        assertEquals(
                "IRQ",
                d.changeCountry(
                        jordan, "Lived in Amman 2010-2020.", law(EU), List.of("IRQ"), List.of()));
        assertEquals("JOR", d.countryOfReturn().country());
        assertEquals("Lived in Amman 2010-2020.", d.countryChangeReasons());
    }

    @Test
    void aWithdrawnDecisionChangesNoMore() {
        ReturnDecision d = notified(EU, Laws.terms());
        invalid("reasons", () -> d.withdraw(Withdrawal.BY_AUTHORITY, "", "officer", NOTIFIED));
        d.withdraw(Withdrawal.BY_AUTHORITY, "Wrong country named.", "officer", NOTIFIED);
        assertEquals(DecisionStatus.WITHDRAWN, d.status());
        assertFalse(d.open());
        conflict(() -> d.withdraw(Withdrawal.BY_AUTHORITY, "Again.", "officer", NOTIFIED));
        conflict(
                () ->
                        d.extend(
                                7,
                                List.of("length-of-stay"),
                                "Reasons.",
                                law(EU),
                                clock(EU),
                                "officer",
                                NOTIFIED));
    }

    @Test
    void aDepartureWithinThePeriodIsRecordedWithTheGatesCheck() {
        ReturnDecision d = notified(EU, Laws.terms());
        Instant left = Instant.parse("2026-12-20T07:00:00Z");
        d.requireDepartable(left, "IRQ", List.of(), law(EU), left.plusSeconds(3600));
        d.departed(
                left,
                "IRQ",
                DepartureEvidence.EXIT_CHECK,
                "Airport",
                "check-1",
                "officer",
                left.plusSeconds(3600));
        assertTrue(d.departure().withinPeriod());
        assertEquals("check-1", d.departure().gateCheckId());
        assertFalse(d.open());
        conflict(
                () -> d.requireDepartable(left, "IRQ", List.of(), law(EU), left.plusSeconds(7200)));
    }

    @Test
    void aDepartureAfterThePeriodIsRecordedAsSuch() {
        ReturnDecision d = notified(EU, Laws.terms());
        Instant left = Instant.parse("2027-01-05T07:00:00Z");
        d.departed(left, "IRQ", DepartureEvidence.EXIT_CHECK, null, "c", "officer", left);
        assertFalse(d.departure().withinPeriod());
    }

    @Test
    void noDepartureIsConfirmedToACountryThePersonFearsNorBeforeTheDecisionNorAhead() {
        ReturnDecision d = notified(EU, Laws.terms());
        Instant now = Instant.parse("2026-12-20T07:00:00Z");
        refusedBy(
                ReturnLaw.NON_REFOULEMENT,
                null,
                () -> d.requireDepartable(now, "SYR", List.of("SYR"), law(EU), now));
        invalid(
                "departedAt",
                () ->
                        d.requireDepartable(
                                DECIDED.minus(Duration.ofHours(1)),
                                "IRQ",
                                List.of(),
                                law(EU),
                                now));
        invalid(
                "departedAt",
                () ->
                        d.requireDepartable(
                                now.plus(Duration.ofHours(1)), "IRQ", List.of(), law(EU), now));
        invalid("destination", () -> d.requireDepartable(now, "XXA", List.of(), law(EU), now));
    }

    @Test
    void anIssuedDecisionHasNoEndUntilNotified() {
        ReturnDecision d = issue(EU, Laws.terms());
        assertNull(d.voluntaryDeparture().endsAt());
        assertFalse(d.voluntaryDeparture().runsAt(DECIDED));
        assertTrue(d.voluntaryDeparture().granted());
    }
}
