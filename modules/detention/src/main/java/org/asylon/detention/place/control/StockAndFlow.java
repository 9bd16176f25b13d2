package org.asylon.detention.place.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;

/**
 * Stock and flow of one facility over whole days, counted from its placements: who was held at the
 * start, who was admitted, who left, who was held at the end, and the stock at the end of each day.
 * A person's stays in the facility are continuous when one ends at the instant the next begins (a
 * move between its rooms, as {@link Placements#place} records it): such a move is neither an
 * admission nor a departure. A pure function of the stays, so the arithmetic is tested without a
 * database.
 */
public final class StockAndFlow {

    /** The longest window the figures are computed for (a year, leap day included). */
    public static final int MAXIMUM_DAYS = 366;

    private StockAndFlow() {}

    /**
     * One stay of one person in one room of the facility.
     *
     * @param to when it ended, or null while it goes on
     */
    public record Stay(String personId, Instant from, Instant to) {

        boolean activeAt(Instant instant) {
            return !from.isAfter(instant) && (to == null || to.isAfter(instant));
        }
    }

    /**
     * The stock at the end of one day, and that day's flow.
     *
     * @param held people held at the end of the day (midnight in the profile's zone)
     */
    public record Day(LocalDate date, long admitted, long left, long held) {}

    /**
     * @param heldAtStart people held at the start of {@code from}
     * @param admitted stays begun in the window by people not held in the facility just before
     * @param left stays ended in the window not followed at once by another in the facility
     * @param heldAtEnd people held at the end of {@code to}
     * @param days each day of the window in order
     */
    public record Figures(
            LocalDate from,
            LocalDate to,
            ZoneId zone,
            long heldAtStart,
            long admitted,
            long left,
            long heldAtEnd,
            List<Day> days) {}

    /**
     * Refuses a window without both dates, ending before it starts, or longer than {@value
     * #MAXIMUM_DAYS} days, naming the parameter to fix.
     */
    public static void checkWindow(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.badRequest("from", "give the first day as YYYY-MM-DD");
        }
        if (to == null) {
            throw ProblemException.badRequest("to", "give the last day as YYYY-MM-DD");
        }
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAXIMUM_DAYS) {
            throw ProblemException.badRequest(
                    "to", "the window may span at most " + MAXIMUM_DAYS + " days");
        }
    }

    public static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    /**
     * @param stays every stay in the facility that overlaps the window or ends at its start
     */
    public static Figures of(List<Stay> stays, LocalDate from, LocalDate to, ZoneId zone) {
        checkWindow(from, to);
        Instant start = startOf(from, zone);
        Instant end = startOf(to.plusDays(1), zone);
        Map<String, List<Stay>> byPerson = new HashMap<>();
        for (Stay stay : stays) {
            byPerson.computeIfAbsent(stay.personId(), p -> new ArrayList<>()).add(stay);
        }
        Map<LocalDate, Long> admitted = new HashMap<>();
        Map<LocalDate, Long> left = new HashMap<>();
        for (Stay stay : stays) {
            List<Stay> own = byPerson.get(stay.personId());
            if (within(stay.from(), start, end)
                    && own.stream().noneMatch(q -> endsAt(q, stay.from()))) {
                admitted.merge(stay.from().atZone(zone).toLocalDate(), 1L, Long::sum);
            }
            if (stay.to() != null
                    && within(stay.to(), start, end)
                    && own.stream().noneMatch(q -> q.from().equals(stay.to()))) {
                left.merge(stay.to().atZone(zone).toLocalDate(), 1L, Long::sum);
            }
        }
        long heldAtStart = heldAt(stays, start);
        List<Day> days = new ArrayList<>();
        long held = heldAtStart;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            long in = admitted.getOrDefault(day, 0L);
            long out = left.getOrDefault(day, 0L);
            held += in - out;
            days.add(new Day(day, in, out, held));
        }
        return new Figures(
                from,
                to,
                zone,
                heldAtStart,
                days.stream().mapToLong(Day::admitted).sum(),
                days.stream().mapToLong(Day::left).sum(),
                heldAt(stays, end),
                days);
    }

    private static boolean endsAt(Stay stay, Instant instant) {
        return stay.to() != null && stay.to().equals(instant);
    }

    private static boolean within(Instant instant, Instant start, Instant end) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    private static long heldAt(List<Stay> stays, Instant instant) {
        Set<String> people = new HashSet<>();
        for (Stay stay : stays) {
            if (stay.activeAt(instant)) {
                people.add(stay.personId());
            }
        }
        return people.size();
    }
}
