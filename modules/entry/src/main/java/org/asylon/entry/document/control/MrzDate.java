package org.asylon.entry.document.control;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@code YYMMDD} date from the MRZ. Unknown parts ({@code <} in a date of birth, Doc 9303 Part 3
 * §4.8) stay null, never defaulted; an unreadable date has all parts null and a problem in the
 * reading.
 *
 * @param raw the six characters as read (after accepted OCR repairs)
 * @param year four-digit year, or null if unknown, unreadable or no century fitted
 * @param centuryRule the century rule used to obtain {@code year} (unverified), or null if none was
 *     applied
 */
public record MrzDate(String raw, Integer year, Integer month, Integer day, String centuryRule) {

    /** True if the MRZ marks some part of the date as unknown with {@code <}. */
    public boolean hasUnknownParts() {
        return raw.indexOf('<') >= 0;
    }

    /** The calendar date, if year, month and day are all known. */
    public Optional<LocalDate> toLocalDate() {
        return year != null && month != null && day != null
                ? Optional.of(LocalDate.of(year, month, day))
                : Optional.empty();
    }

    /** {@code YYYY-MM-DD} with unknown parts as {@code ??}, e.g. {@code 1974-??-??}. */
    @Override
    public String toString() {
        return (year == null ? "????" : String.format("%04d", year))
                + "-"
                + (month == null ? "??" : String.format("%02d", month))
                + "-"
                + (day == null ? "??" : String.format("%02d", day));
    }
}
