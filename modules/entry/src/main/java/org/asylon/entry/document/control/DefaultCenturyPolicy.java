package org.asylon.entry.document.control;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The usual implementation choice named in the reference file (not ICAO text, UNVERIFIED): a date
 * of birth takes the most recent century that does not put it in the future; a date of expiry takes
 * the century that puts it nearest to today, provided that is within {@code expiryWindowYears} of
 * today.
 */
public record DefaultCenturyPolicy(int expiryWindowYears) implements CenturyPolicy {

    /** Half a century either way: every two-digit year then has exactly one nearest century. */
    public static final int DEFAULT_EXPIRY_WINDOW_YEARS = 50;

    static final String BIRTH_RULE =
            "most recent century that does not put the date in the future (implementation choice, unverified)";

    public DefaultCenturyPolicy {
        if (expiryWindowYears < 0) {
            throw new IllegalArgumentException("the expiry window cannot be negative");
        }
    }

    public DefaultCenturyPolicy() {
        this(DEFAULT_EXPIRY_WINDOW_YEARS);
    }

    @Override
    public CenturyChoice birthYear(int twoDigitYear, Integer month, Integer day, LocalDate today) {
        int year = today.getYear() / 100 * 100 + twoDigitYear;
        // Unknown parts could be as early as January / the 1st: only a date certainly in the future
        // moves back.
        if (earliest(year, month, day).isAfter(today)) {
            year -= 100;
        }
        return new CenturyChoice(year, BIRTH_RULE);
    }

    @Override
    public CenturyChoice expiryYear(int twoDigitYear, Integer month, Integer day, LocalDate today) {
        String rule =
                "century nearest to today, within "
                        + expiryWindowYears
                        + " years (implementation choice, unverified)";
        int base = today.getYear() / 100 * 100 + twoDigitYear;
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = base - 100; year <= base + 100; year += 100) {
            long distance = Math.abs(ChronoUnit.DAYS.between(today, earliest(year, month, day)));
            if (distance < bestDistance) {
                best = year;
                bestDistance = distance;
            }
        }
        LocalDate chosen = earliest(best, month, day);
        boolean withinWindow =
                !chosen.isBefore(today.minusYears(expiryWindowYears))
                        && !chosen.isAfter(today.plusYears(expiryWindowYears));
        return new CenturyChoice(withinWindow ? best : null, rule);
    }

    private static LocalDate earliest(int year, Integer month, Integer day) {
        int m = month == null ? 1 : month;
        int d = day == null ? 1 : Math.min(day, YearMonth.of(year, m).lengthOfMonth());
        return LocalDate.of(year, m, d);
    }
}
