package org.asylon.detention.conditions.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.asylon.detention.conditions.entity.SolitaryStandard;

/**
 * Runs of consecutive days of solitary confinement (Mandela Rule 44), from a person's day records.
 * Days are consecutive when their dates are: a day without a record, or a day below the threshold,
 * ends the run. A pure function, so the counting is tested without a database.
 */
public final class SolitaryRuns {

    private SolitaryRuns() {}

    /** One recorded day: its date and hours without meaningful human contact. */
    public record Entry(LocalDate date, BigDecimal hours) {}

    /**
     * One day assessed.
     *
     * @param consecutiveDays the day's place in its run of solitary days (1 for the first), 0 when
     *     the day is not solitary
     * @param prolonged the run has gone beyond the profile's limit by this day (Rules 43(1)(b), 44)
     */
    public record Assessed(
            LocalDate date,
            BigDecimal hours,
            boolean solitary,
            int consecutiveDays,
            boolean prolonged) {}

    /**
     * A person's days and their current run.
     *
     * @param days every recorded day, oldest first
     * @param currentRun the consecutive solitary days up to the latest record, if that record is of
     *     today or yesterday (records of a day are often made the next morning); 0 otherwise
     * @param runStartedOn the first day of the current run, or null without one
     * @param longestRun the longest run on record
     */
    public record Assessment(
            List<Assessed> days,
            int currentRun,
            LocalDate runStartedOn,
            boolean prolonged,
            int longestRun) {}

    public static Assessment assess(
            List<Entry> entries, SolitaryStandard standard, LocalDate today) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing(Entry::date)).toList();
        List<Assessed> days = new ArrayList<>();
        Assessed previous = null;
        int longest = 0;
        for (Entry entry : sorted) {
            boolean solitary = standard.solitary(entry.hours());
            int run = 0;
            if (solitary) {
                boolean continues =
                        previous != null
                                && previous.solitary()
                                && previous.date().plusDays(1).equals(entry.date());
                run = continues ? previous.consecutiveDays() + 1 : 1;
            }
            longest = Math.max(longest, run);
            previous =
                    new Assessed(
                            entry.date(), entry.hours(), solitary, run, standard.prolonged(run));
            days.add(previous);
        }
        int current =
                previous != null && !previous.date().isBefore(today.minusDays(1))
                        ? previous.consecutiveDays()
                        : 0;
        return new Assessment(
                days,
                current,
                current == 0 ? null : previous.date().minusDays(current - 1L),
                standard.prolonged(current),
                longest);
    }

    /** The whole run of solitary days the date belongs to (before and after it); 0 if none. */
    public static int runThrough(List<Entry> entries, SolitaryStandard standard, LocalDate date) {
        Map<LocalDate, BigDecimal> byDate = new HashMap<>();
        entries.forEach(e -> byDate.put(e.date(), e.hours()));
        if (!solitaryOn(byDate, standard, date)) {
            return 0;
        }
        int run = 1;
        for (LocalDate d = date.minusDays(1); solitaryOn(byDate, standard, d); d = d.minusDays(1)) {
            run++;
        }
        for (LocalDate d = date.plusDays(1); solitaryOn(byDate, standard, d); d = d.plusDays(1)) {
            run++;
        }
        return run;
    }

    /** The first day of the run of solitary days the date belongs to (the date if none). */
    public static LocalDate runStart(
            List<Entry> entries, SolitaryStandard standard, LocalDate date) {
        Map<LocalDate, BigDecimal> byDate = new HashMap<>();
        entries.forEach(e -> byDate.put(e.date(), e.hours()));
        LocalDate start = date;
        while (solitaryOn(byDate, standard, start.minusDays(1))) {
            start = start.minusDays(1);
        }
        return start;
    }

    /**
     * Whether changing the record of {@code date} (from {@code before} to {@code after}) is what
     * takes a run beyond the limit: the run through the date is prolonged now, and no run it joined
     * or continued already was.
     */
    public static boolean makesProlonged(
            List<Entry> before, List<Entry> after, SolitaryStandard standard, LocalDate date) {
        if (!standard.prolonged(runThrough(after, standard, date))) {
            return false;
        }
        int already =
                Math.max(
                        runThrough(before, standard, date),
                        Math.max(
                                runThrough(before, standard, date.minusDays(1)),
                                runThrough(before, standard, date.plusDays(1))));
        return !standard.prolonged(already);
    }

    private static boolean solitaryOn(
            Map<LocalDate, BigDecimal> byDate, SolitaryStandard standard, LocalDate date) {
        BigDecimal hours = byDate.get(date);
        return hours != null && standard.solitary(hours);
    }
}
