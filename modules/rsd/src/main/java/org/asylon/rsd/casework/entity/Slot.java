package org.asylon.rsd.casework.entity;

import java.time.Duration;
import java.time.Instant;
import org.asylon.kernel.problem.ProblemException;

/** When an interview takes place: from {@code start} (inclusive) to {@code end} (exclusive). */
public record Slot(Instant start, Instant end) {

    /**
     * Longest interview that can be booked in one slot; a longer hearing is booked as several
     * interviews.
     */
    public static final int MAX_MINUTES = 8 * 60;

    /**
     * Shortest interview that can be booked: time to explain the procedure through an interpreter.
     */
    public static final int MIN_MINUTES = 15;

    public Slot {
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("durationMinutes", "must be more than zero");
        }
    }

    public static Slot of(Instant start, int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw ProblemException.invalidField(
                    "durationMinutes", "must be between " + MIN_MINUTES + " and " + MAX_MINUTES);
        }
        return new Slot(start, start.plus(Duration.ofMinutes(minutes)));
    }

    /** Back-to-back slots (one ends when the next starts) do not overlap. */
    public boolean overlaps(Slot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public long minutes() {
        return Duration.between(start, end).toMinutes();
    }
}
