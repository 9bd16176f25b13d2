package org.asylon.returns.decision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end of a period for voluntary departure: the profile's own period exactly as the kernel's
 * deadline calculator computes it from the notification (anchor return.decision.notification); a
 * shortened or extended period counted with the same conventions (first day, working days,
 * roll-forward, holidays), so that 30 days granted by hand end where the profile's 30 days end.
 */
class DepartureClockTest {

    static final Instant NOTIFIED = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theProfilesPeriodEndsWhereTheKernelsCalculatorSays() {
        ReturnDecision d =
                ReturnDecision.issue(
                        "c",
                        Laws.terms(),
                        Laws.law(Laws.EU),
                        List.of("IRQ"),
                        List.of(),
                        "officer",
                        Laws.DECIDED);
        var due = Laws.clock(Laws.EU).due(d.voluntaryDeparture(), NOTIFIED);
        var kernel =
                new DeadlineCalculator(Laws.profile(Laws.EU))
                        .compute(ReturnLaw.PERIOD, Map.of(DepartureClock.NOTIFICATION, NOTIFIED));
        assertEquals(kernel.dueDate().orElseThrow(), due.lastDay());
        assertEquals(kernel.explanation(), due.explanation());
        assertEquals(Instant.parse("2027-01-01T23:00:00Z"), due.endsAt());
    }

    @Test
    void aPeriodCountedByHandFollowsTheProfilesConventions(@TempDir Path dir) throws IOException {
        // a state that counts its period in working days, counts the day of notification and
        // moves a calendar limit off a holiday
        Files.writeString(
                dir.resolve("counting-state.profile"),
                """
                [profile]
                name = counting-state
                title = A state with other counting conventions
                extends = eu-pact-2026

                [calendar]
                first-day = same-day
                roll-forward = true
                holidays = 2026-12-25 Christmas Day, 2027-01-01 New Year's Day
                """);
        LegalProfile calendarState = new ProfileLoader(dir).load("counting-state");
        DeadlineCalculator kernel = new DeadlineCalculator(calendarState);
        for (int day = 0; day < 40; day++) {
            Instant notified = NOTIFIED.plusSeconds(86400L * day);
            LocalDate from = LocalDate.ofInstant(notified, calendarState.calendar().zone());
            LocalDate expected =
                    kernel.compute(ReturnLaw.PERIOD, Map.of(DepartureClock.NOTIFICATION, notified))
                            .dueDate()
                            .orElseThrow();
            assertEquals(
                    expected,
                    DepartureClock.calendarDays(from, 30, calendarState.calendar()),
                    "notified " + from);
        }
        assertTrue(
                DepartureClock.workingDays(
                                LocalDate.parse("2026-12-24"), 2, calendarState.calendar())
                        .equals(LocalDate.parse("2026-12-28")));
    }

    @Test
    void aShortenedPeriodSaysSoAndNamesTheRule() {
        ReturnDecision d =
                ReturnDecision.issue(
                        "c",
                        Laws.withPeriod(12, null, null, "A flight on the 14th."),
                        Laws.law(Laws.EU),
                        List.of("IRQ"),
                        List.of(),
                        "officer",
                        Laws.DECIDED);
        var due = Laws.clock(Laws.EU).due(d.voluntaryDeparture(), NOTIFIED);
        assertEquals(LocalDate.parse("2026-12-14"), due.lastDay());
        assertTrue(
                due.explanation()
                        .startsWith(
                                "12 calendar days from notification of the return decision on 2026-12-02"),
                due.explanation());
        assertTrue(due.explanation().contains(ReturnLaw.PERIOD), due.explanation());
    }
}
