package org.asylon.kernel.profile;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a time limit as written in the profile, ISO-8601 {@code PnYnMnWnDTnHnM} (e.g.
 * {@code P7D}, {@code P12W}, {@code P2M}, {@code PT72H}). Weeks are kept as weeks (unlike {@link
 * java.time.Period}) so that the explanation says "12 weeks" as APR Art 51(2) does.
 */
public record DeadlineLength(
        String text, int years, int months, int weeks, int days, int hours, int minutes) {

    private static final Pattern ISO =
            Pattern.compile(
                    "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?)?");

    /**
     * Parses {@code text}; throws {@link IllegalArgumentException} with the reason if it is not
     * valid.
     */
    public static DeadlineLength parse(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches() || text.endsWith("T") || text.equals("P")) {
            throw new IllegalArgumentException(
                    "bad duration '"
                            + text
                            + "' (ISO-8601 expected, e.g. P7D, P12W, P2M, P1Y, PT72H)");
        }
        int[] v = new int[6];
        for (int i = 0; i < 6; i++) {
            v[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
        }
        DeadlineLength length = new DeadlineLength(text, v[0], v[1], v[2], v[3], v[4], v[5]);
        if (length.isZero()) {
            throw new IllegalArgumentException(
                    "bad duration '" + text + "': a time limit cannot be zero");
        }
        return length;
    }

    boolean isZero() {
        return years == 0 && months == 0 && weeks == 0 && days == 0 && hours == 0 && minutes == 0;
    }

    /** True when the limit has an hour or minute part, so it runs from an instant, not a date. */
    public boolean hasTimePart() {
        return hours != 0 || minutes != 0;
    }

    /**
     * True when the limit is a plain number of days (the only form that can be counted in working
     * days).
     */
    public boolean isDaysOnly() {
        return years == 0 && months == 0 && weeks == 0 && !hasTimePart() && days > 0;
    }

    /**
     * Adds the date part: years and months first with {@link LocalDate#plusMonths} semantics (one
     * month from 31 January is the last day of February), then weeks and days.
     */
    LocalDate addDatePart(LocalDate from) {
        return from.plusYears(years).plusMonths(months).plusWeeks(weeks).plusDays(days);
    }

    /**
     * Adds the whole length to a zoned time (date part in the zone's calendar, then exact
     * hours/minutes).
     */
    ZonedDateTime addTo(ZonedDateTime from) {
        return from.plusYears(years)
                .plusMonths(months)
                .plusWeeks(weeks)
                .plusDays(days)
                .plus(Duration.ofHours(hours).plusMinutes(minutes));
    }

    /**
     * English wording, e.g. "7 calendar days", "5 working days", "12 weeks", "1 month", "72 hours".
     */
    public String phrase(Counting counting) {
        List<String> parts = new ArrayList<>();
        add(parts, years, "year");
        add(parts, months, "month");
        add(parts, weeks, "week");
        if (days != 0) {
            String unit = counting == Counting.WORKING ? "working day" : "calendar day";
            add(parts, days, unit);
        }
        add(parts, hours, "hour");
        add(parts, minutes, "minute");
        return String.join(" ", parts);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
