package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Deadlines computed from real reference rules and from test rules on a filled-in calendar. */
class DeadlineCalculatorTest {

    private final ProfileLoader loader = new ProfileLoader();
    private final DeadlineCalculator eu = new DeadlineCalculator(loader.load("eu-pact-2026"));
    private final DeadlineCalculator test = new DeadlineCalculator(loader.load("test-calendar"));

    @Test
    void calendarDaysFromApprehension() {
        Deadline d =
                eu.compute(
                        "entry.screening.deadline",
                        Map.of("entry.apprehension", LocalDate.of(2026, 11, 2)));
        assertTrue(d.computable());
        assertEquals(LocalDate.of(2026, 11, 9), d.dueDate().orElseThrow());
        assertTrue(d.dueInstant().isEmpty());
        assertEquals(
                "7 calendar days from apprehension on 2026-11-02 (Screening Regulation (EU) 2024/1356, Art 8(3)) "
                        + "→ 2026-11-09",
                d.explanation());
        assertEquals("entry.apprehension", d.anchor().orElseThrow());
        assertEquals(Counting.CALENDAR, d.counting());
        assertEquals(LegalStatus.CONFIRMED, d.status());
        assertFalse(d.unconfirmed());
        // the Reg 1182/71 counting conventions are unconfirmed, so they are reported as caveats
        assertTrue(
                d.caveats().stream()
                        .anyMatch(c -> c.contains("first-day = next-day' is unconfirmed")),
                d.caveats().toString());
    }

    @Test
    void instantAnchorIsDatedInTheProfileZone() {
        // 23:30 UTC on 1 November is 00:30 on 2 November in Brussels
        Deadline d =
                eu.compute(
                        "entry.screening.deadline",
                        Map.of("entry.disembarkation", Instant.parse("2026-11-01T23:30:00Z")));
        assertEquals(LocalDate.of(2026, 11, 9), d.dueDate().orElseThrow());
        assertTrue(
                d.explanation().startsWith("7 calendar days from disembarkation on 2026-11-02"),
                d.explanation());
    }

    @Test
    void earliestOfAlternativeAnchorsIsUsed() {
        Deadline d =
                eu.compute(
                        "entry.screening.deadline",
                        Map.of(
                                "entry.presentation",
                                LocalDate.of(2026, 11, 4),
                                "entry.apprehension",
                                LocalDate.of(2026, 11, 3)));
        assertEquals("entry.apprehension", d.anchor().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 10), d.dueDate().orElseThrow());
    }

    @Test
    void workingDaysSkipWeekendAndHolidays() {
        // Wed 23 Dec 2026: Thu 24 (1), Fri 25 and Sat 26 holidays, Sun 27, Mon 28 (2) ... Thu 31
        // (5)
        Deadline d =
                test.compute(
                        "local.test.working-deadline",
                        Map.of("asylum.registration", LocalDate.of(2026, 12, 23)));
        assertEquals(LocalDate.of(2026, 12, 31), d.dueDate().orElseThrow());
        assertEquals(
                "5 working days from registration of the application on 2026-12-23 (Test rule, not law) → 2026-12-31 "
                        + "(holidays skipped: 2026-12-25 Christmas Day, 2026-12-26 St Stephen's Day) [UNCONFIRMED]",
                d.explanation());
        // Tue 29 Dec: Wed 30 (1), Thu 31 (2), Fri 1 Jan holiday, weekend, Mon 4 (3), Tue 5 (4), Wed
        // 6 (5)
        d =
                test.compute(
                        "local.test.working-deadline",
                        Map.of("asylum.registration", LocalDate.of(2026, 12, 29)));
        assertEquals(LocalDate.of(2027, 1, 6), d.dueDate().orElseThrow());
        assertEquals(Counting.WORKING, d.counting());
    }

    @Test
    void workingDaysWithTheAnchorDayCountedAsDayOne() {
        DeadlineCalculator sameDay = new DeadlineCalculator(loader.load("test-same-day"));
        Deadline d =
                sameDay.compute(
                        "local.test.working-deadline",
                        Map.of("asylum.registration", LocalDate.of(2026, 11, 2)));
        // Mon 2 (1), Tue 3, Wed 4, Thu 5, Fri 6 (5)
        assertEquals(LocalDate.of(2026, 11, 6), d.dueDate().orElseThrow());
        d =
                sameDay.compute(
                        "entry.screening.deadline",
                        Map.of("entry.apprehension", LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 8), d.dueDate().orElseThrow());
    }

    @Test
    void oneMonthFrom31JanuaryEndsAtTheEndOfFebruary() {
        Deadline nonLeap =
                test.compute(
                        "local.test.one-month",
                        Map.of("asylum.lodging", LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), nonLeap.dueDate().orElseThrow());
        assertEquals(
                "1 month from lodging of the application on 2027-01-31 (Test rule, not law) → 2027-02-28",
                nonLeap.explanation());
        Deadline leap =
                test.compute(
                        "local.test.one-month",
                        Map.of("asylum.lodging", LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), leap.dueDate().orElseThrow());
        // a real rule: APR Art 35(1), 2 months from lodging
        Deadline inadmissibility =
                eu.compute(
                        "asylum.inadmissibility.deadline",
                        Map.of("asylum.lodging", LocalDate.of(2026, 12, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), inadmissibility.dueDate().orElseThrow());
        Deadline detention =
                eu.compute(
                        "return.detention.maximum",
                        Map.of("detention.start", LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), detention.dueDate().orElseThrow());
    }

    @Test
    void weeks() {
        Deadline d =
                eu.compute(
                        "asylum.border-procedure.deadline",
                        Map.of("asylum.registration", LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2026, 9, 23), d.dueDate().orElseThrow());
        assertEquals(
                "12 weeks from registration of the application on 2026-07-01 (Asylum Procedure Regulation (EU) "
                        + "2024/1348, Art 51(2)) → 2026-09-23",
                d.explanation());
    }

    @Test
    void hoursRunFromTheExactInstant() {
        Deadline d =
                eu.compute(
                        "entry.screening.held-threshold",
                        Map.of(
                                "entry.held-at-border-since",
                                Instant.parse("2026-11-02T08:00:00Z")));
        assertEquals(Instant.parse("2026-11-05T08:00:00Z"), d.dueInstant().orElseThrow());
        assertEquals(LocalDate.of(2026, 11, 5), d.dueDate().orElseThrow());
        assertEquals(
                "72 hours from start of the stay at the external border on 2026-11-02 09:00 Europe/Brussels "
                        + "(Screening Regulation (EU) 2024/1356, Art 8(3)) → 2026-11-05 09:00 Europe/Brussels",
                d.explanation());
        // across the end of summer time (25 October 2026) 72 hours stay 72 hours
        d =
                eu.compute(
                        "entry.screening.held-threshold",
                        Map.of(
                                "entry.held-at-border-since",
                                Instant.parse("2026-10-24T12:00:00Z")));
        assertEquals(Instant.parse("2026-10-27T12:00:00Z"), d.dueInstant().orElseThrow());
        // a date alone is not enough for a limit in hours
        d =
                eu.compute(
                        "entry.screening.held-threshold",
                        Map.of("entry.held-at-border-since", LocalDate.of(2026, 11, 2)));
        assertFalse(d.computable());
        assertTrue(d.explanation().contains("recorded as a date only"), d.explanation());
    }

    @Test
    void missingAnchorIsNotComputable() {
        Deadline d =
                eu.compute(
                        "asylum.lodging.deadline",
                        Map.of("asylum.application-made", LocalDate.of(2026, 7, 1)));
        assertFalse(d.computable());
        assertTrue(d.dueDate().isEmpty());
        assertTrue(d.anchor().isEmpty());
        assertEquals(
                "asylum.lodging.deadline (21 calendar days): not computable: anchor asylum.registration not recorded",
                d.explanation());
        d = eu.compute("entry.screening.deadline", Map.of());
        assertTrue(
                d.explanation()
                        .endsWith(
                                "not computable: none of the anchors entry.apprehension, "
                                        + "entry.disembarkation, entry.presentation recorded"),
                d.explanation());
    }

    @Test
    void unconfirmedRuleIsFlagged() {
        Deadline d =
                eu.compute(
                        "entry.screening.inland.deadline",
                        Map.of("entry.apprehension", LocalDate.of(2026, 11, 2)));
        assertTrue(d.unconfirmed());
        assertEquals(LegalStatus.UNCONFIRMED, d.status());
        assertEquals(LocalDate.of(2026, 11, 5), d.dueDate().orElseThrow());
        assertTrue(d.explanation().endsWith("→ 2026-11-05 [UNCONFIRMED]"), d.explanation());
        assertTrue(
                d.caveats()
                        .get(0)
                        .startsWith("rule entry.screening.inland.deadline is UNCONFIRMED"),
                d.caveats().get(0));
        Deadline national =
                new DeadlineCalculator(loader.load("convention-1951"))
                        .compute(
                                "asylum.appeal.deadline",
                                Map.of("decision.notification", LocalDate.of(2026, 3, 2)));
        assertEquals(LocalDate.of(2026, 4, 1), national.dueDate().orElseThrow());
        assertTrue(national.explanation().endsWith("[national choice]"), national.explanation());
    }

    @Test
    void rollForwardIsACalendarSetting() {
        // APR Art 27(1): 5 days from Mon 2 Nov 2026 ends on Saturday 7 November
        Deadline plain =
                test.compute(
                        "asylum.registration.deadline",
                        Map.of("asylum.application-made", LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 7), plain.dueDate().orElseThrow());
        DeadlineCalculator roll = new DeadlineCalculator(loader.load("test-roll"));
        Deadline rolled =
                roll.compute(
                        "asylum.registration.deadline",
                        Map.of("asylum.application-made", LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 9), rolled.dueDate().orElseThrow());
        assertTrue(
                rolled.explanation()
                        .endsWith(
                                "→ 2026-11-09 (2026-11-07 is a Saturday; moved to the next working day)"),
                rolled.explanation());
        Deadline holiday =
                roll.compute(
                        "asylum.registration.deadline",
                        Map.of("asylum.application-made", LocalDate.of(2026, 12, 20)));
        assertEquals(LocalDate.of(2026, 12, 28), holiday.dueDate().orElseThrow());
        assertTrue(
                holiday.explanation().contains("2026-12-25 is a holiday (Christmas Day)"),
                holiday.explanation());
    }

    @Test
    void programmingErrorsThrow() {
        assertThrows(
                IllegalArgumentException.class,
                () ->
                        eu.compute(
                                "entry.screening.deadline",
                                Map.of("entry.aprehension", LocalDate.of(2026, 11, 2))));
        assertThrows(ProfileException.class, () -> eu.compute("entry.screening.applies", Map.of()));
        assertThrows(ProfileException.class, () -> eu.compute("no.such.rule", Map.of()));
    }
}
