package org.asylon.entry.person.control;

import java.time.LocalDate;
import org.asylon.entry.person.entity.PartialDate;

/**
 * Whether two birth dates can belong to the same person. A partial date stands for the interval of
 * days it can mean (1990 = 1990-01-01..1990-12-31); two dates are compatible when their intervals
 * overlap. An estimated date (age assessment, "about 20") is widened by a tolerance in years on
 * both sides.
 */
public final class BirthDateCompatibility {

    public static final int DEFAULT_TOLERANCE_YEARS = 2;

    /**
     * From strongest to weakest evidence; {@link #factor} is what the level does to a match score.
     */
    public enum Level {
        /** Same date at the same precision. */
        EXACT(1.0),
        /** One is less precise but consistent (1990 and 1990-05-12). */
        COMPATIBLE(0.95),
        /** Overlap only after widening an estimated date by the tolerance. */
        WITHIN_TOLERANCE(0.9),
        /**
         * Full dates with day and month swapped (1990-05-12 / 1990-12-05), a frequent recording
         * error between day-first and month-first conventions.
         */
        DAY_MONTH_SWAPPED(0.85),
        /**
         * One side has no date: no evidence either way, but less support than a compatible date.
         */
        UNKNOWN(0.85),
        /** Cannot be the same person's date. */
        INCOMPATIBLE(0.0);

        private final double factor;

        Level(double factor) {
            this.factor = factor;
        }

        public double factor() {
            return factor;
        }
    }

    /** The level plus a sentence for the official. */
    public record Result(Level level, String reason) {

        public double factor() {
            return level.factor();
        }

        public boolean compatible() {
            return level != Level.INCOMPATIBLE;
        }
    }

    private final int toleranceYears;

    public BirthDateCompatibility() {
        this(DEFAULT_TOLERANCE_YEARS);
    }

    public BirthDateCompatibility(int toleranceYears) {
        if (toleranceYears < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        this.toleranceYears = toleranceYears;
    }

    public int toleranceYears() {
        return toleranceYears;
    }

    public Result compare(PartialDate a, PartialDate b) {
        if (a == null || b == null) {
            return new Result(Level.UNKNOWN, "birth date unknown on one side");
        }
        if (a.toString().equals(b.toString())) {
            return new Result(Level.EXACT, "birth date " + a + " identical");
        }
        if (overlap(a.earliest(), a.latest(), b.earliest(), b.latest())) {
            return new Result(Level.COMPATIBLE, describe(a) + " compatible with " + b);
        }
        if (a.estimated() || b.estimated()) {
            if (overlap(widenedStart(a), widenedEnd(a), widenedStart(b), widenedEnd(b))) {
                return new Result(
                        Level.WITHIN_TOLERANCE,
                        describe(a) + " within ±" + toleranceYears + " years of " + describe(b));
            }
        } else if (swapped(a, b)) {
            return new Result(
                    Level.DAY_MONTH_SWAPPED,
                    "birth dates " + a + " and " + b + " differ by day and month swapped");
        }
        return new Result(Level.INCOMPATIBLE, "birth dates " + a + " and " + b + " incompatible");
    }

    private static boolean overlap(
            LocalDate start1, LocalDate end1, LocalDate start2, LocalDate end2) {
        return !start1.isAfter(end2) && !start2.isAfter(end1);
    }

    private LocalDate widenedStart(PartialDate d) {
        return d.estimated() ? d.earliest().minusYears(toleranceYears) : d.earliest();
    }

    private LocalDate widenedEnd(PartialDate d) {
        return d.estimated() ? d.latest().plusYears(toleranceYears) : d.latest();
    }

    private static boolean swapped(PartialDate a, PartialDate b) {
        return a.day() != null
                && b.day() != null
                && a.year().equals(b.year())
                && a.month().equals(b.day())
                && a.day().equals(b.month());
    }

    private static String describe(PartialDate d) {
        String what =
                d.month() == null
                        ? "birth year "
                        : d.day() == null ? "birth month " : "birth date ";
        return (d.estimated() ? "estimated " : "") + what + d;
    }
}
