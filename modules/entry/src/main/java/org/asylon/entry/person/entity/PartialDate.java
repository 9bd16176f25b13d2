package org.asylon.entry.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A date of birth as people at a border actually know it: the year alone, the year and month, or
 * the full date, and possibly an estimate (e.g. an age assessment). Unknown parts are null, never
 * invented (no "1 January" default).
 */
@Embeddable
public class PartialDate {

    @Column(name = "birth_year")
    private Integer year;

    @Column(name = "birth_month")
    private Integer month;

    @Column(name = "birth_day")
    private Integer day;

    @Column(name = "birth_estimated")
    private boolean estimated;

    protected PartialDate() {
    }

    private PartialDate(Integer year, Integer month, Integer day, boolean estimated) {
        if (year == null) {
            throw new IllegalArgumentException("a partial date needs at least a year");
        }
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month must be 1-12");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException for 31 February and the like
        }
        this.year = year;
        this.month = month;
        this.day = day;
        this.estimated = estimated;
    }

    public static PartialDate of(int year, Integer month, Integer day, boolean estimated) {
        return new PartialDate(year, month, day, estimated);
    }

    public static PartialDate yearOnly(int year) {
        return new PartialDate(year, null, null, false);
    }

    public static PartialDate full(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if the text is none of these
     */
    public static PartialDate parse(String text, boolean estimated) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("-", -1);
        if (parts.length > 3 || !text.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD");
        }
        Integer month = parts.length > 1 ? Integer.valueOf(parts[1]) : null;
        Integer day = parts.length > 2 ? Integer.valueOf(parts[2]) : null;
        return new PartialDate(Integer.parseInt(parts[0]), month, day, estimated);
    }

    public Integer year() {
        return year;
    }

    public Integer month() {
        return month;
    }

    public Integer day() {
        return day;
    }

    public boolean estimated() {
        return estimated;
    }

    /** The earliest day this date can stand for. */
    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** The latest day this date can stand for. */
    public LocalDate latest() {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        return day == null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        return day == null ? String.format("%04d-%02d", year, month) : String.format("%04d-%02d-%02d", year, month, day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other && Objects.equals(year, other.year) && Objects.equals(month, other.month)
                && Objects.equals(day, other.day) && estimated == other.estimated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, estimated);
    }
}
