package org.asylon.entry.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
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

    protected PartialDate() {}

    /** Dates are checked by the suite's rule: a real date, or the year and month of one. */
    private PartialDate(org.asylon.kernel.code.PartialDate date, boolean estimated) {
        this.year = date.year();
        this.month = date.month();
        this.day = date.day();
        this.estimated = estimated;
    }

    /**
     * @throws IllegalArgumentException for a day without a month, or parts that make no real date
     */
    public static PartialDate of(int year, Integer month, Integer day, boolean estimated) {
        return new PartialDate(new org.asylon.kernel.code.PartialDate(year, month, day), estimated);
    }

    public static PartialDate yearOnly(int year) {
        return of(year, null, null, false);
    }

    public static PartialDate full(LocalDate date) {
        return of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException if the text is none of these, or not a real date
     */
    public static PartialDate parse(String text, boolean estimated) {
        Objects.requireNonNull(text, "text");
        return new PartialDate(org.asylon.kernel.code.PartialDate.parse(text), estimated);
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
        return known().earliest();
    }

    /** The latest day this date can stand for. */
    public LocalDate latest() {
        return known().latest();
    }

    /**
     * Whether the person may still be younger than {@code years} on {@code day}: true when the
     * latest day this date can stand for is less than {@code years} before it. A partial or
     * estimated date gives the person the benefit of the doubt.
     */
    public boolean couldBeYoungerThan(int years, LocalDate day) {
        return latest().plusYears(years).isAfter(day);
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    @Override
    public String toString() {
        return known().toString();
    }

    private org.asylon.kernel.code.PartialDate known() {
        return new org.asylon.kernel.code.PartialDate(year, month, day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartialDate other
                && Objects.equals(year, other.year)
                && Objects.equals(month, other.month)
                && Objects.equals(day, other.day)
                && estimated == other.estimated;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day, estimated);
    }
}
