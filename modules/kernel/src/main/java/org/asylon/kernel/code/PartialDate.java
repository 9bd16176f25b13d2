package org.asylon.kernel.code;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as people often know their date of birth: the year alone, the year and month, or the full
 * date. Unknown parts are null, never invented; the parts that are known make a real date (no 30
 * February, no month 13).
 */
public record PartialDate(int year, Integer month, Integer day) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /**
     * @throws IllegalArgumentException if a day is given without a month, or the parts make no real
     *     date
     */
    public PartialDate {
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        try {
            if (day != null) {
                LocalDate.of(year, month, day);
            } else if (month != null) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(text(year, month, day) + " is not a real date", e);
        }
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException for any other text, or a date that does not exist ({@code
     *     2016-02-30})
     */
    public static PartialDate parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not written YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return new PartialDate(
                Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    /** True for {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} that is a real date. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The earliest day this date can stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /**
     * The latest day this date can stand for: what gives a person the benefit of the doubt on being
     * a child.
     */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null
                ? YearMonth.of(year, month).atEndOfMonth()
                : LocalDate.of(year, month, day);
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        return text(year, month, day);
    }

    private static String text(int year, Integer month, Integer day) {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null
                ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
    }
}
