package org.asylon.kernel.profile;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Computes deadlines from a profile's deadline rules and the anchor events recorded for a case.
 *
 * <p>Counting conventions come from the profile's {@code [calendar]}, never from this code, because
 * the EU counting rules (Regulation (EEC, Euratom) No 1182/71: first day, weekends, holidays) are
 * UNCONFIRMED in the reference files:
 *
 * <ul>
 *   <li>days: the anchor's date in the profile's zone; with {@code first-day = next-day} the anchor
 *       day is not counted (7 days from 2 November → 9 November), with {@code same-day} it is day
 *       one (→ 8 November);
 *   <li>months and years use {@link LocalDate#plusMonths}: one month from 31 January is the last
 *       day of February (28th, or 29th in a leap year);
 *   <li>working days skip the profile's weekend and holidays;
 *   <li>a calendar-day limit ending on a weekend or holiday moves to the next working day only if
 *       {@code roll-forward = true};
 *   <li>limits with an hour part (PT72H, Screening Reg Art 8(3)) run from the exact instant.
 * </ul>
 *
 * A missing anchor is a normal state of a case, so it yields a "not computable" result, not an
 * exception. Asking for a rule that does not exist, or passing an anchor name that is not
 * catalogued, is a programming error and throws.
 */
public final class DeadlineCalculator {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LegalProfile profile;

    public DeadlineCalculator(LegalProfile profile) {
        this.profile = profile;
    }

    /**
     * @param ruleName a deadline rule of the profile
     * @param anchors anchor name → time recorded for the case: {@link Instant}, {@link LocalDate},
     *     {@link ZonedDateTime} or {@link OffsetDateTime}
     */
    public Deadline compute(String ruleName, Map<String, ? extends Temporal> anchors) {
        Rule rule = profile.rule(ruleName);
        RuleValue.DeadlineSpec spec = rule.deadline();
        ProfileCalendar cal = profile.calendar();
        ZoneId zone = cal.zone();
        for (String given : anchors.keySet()) {
            if (profile.catalogues().anchor(given).isEmpty()) {
                throw new IllegalArgumentException(
                        "unknown anchor '" + given + "' (not in anchors.catalogue)");
            }
        }
        // Alternatives (Screening Reg Art 8(3): apprehension, disembarkation or presentation): a
        // case normally
        // has one; if several are recorded the earliest is used, the reading that never extends the
        // limit.
        String used = null;
        Temporal usedTime = null;
        Instant usedStart = null;
        for (String a : spec.anchors()) {
            Temporal t = anchors.get(a);
            if (t == null) {
                continue;
            }
            t = normalise(a, t);
            Instant start =
                    t instanceof LocalDate d ? d.atStartOfDay(zone).toInstant() : (Instant) t;
            if (usedStart == null || start.isBefore(usedStart)) {
                used = a;
                usedTime = t;
                usedStart = start;
            }
        }
        String phrase = spec.length().phrase(spec.counting());
        List<String> caveats = caveats(rule, spec);
        if (used == null) {
            String missing =
                    spec.anchors().size() == 1
                            ? "anchor " + spec.anchors().get(0) + " not recorded"
                            : "none of the anchors "
                                    + String.join(", ", spec.anchors())
                                    + " recorded";
            return result(
                    rule,
                    spec,
                    null,
                    null,
                    null,
                    null,
                    caveats,
                    ruleName + " (" + phrase + "): not computable: " + missing);
        }
        String label = profile.catalogues().anchor(used).orElseThrow().label();
        String head = phrase + " from " + label + " on ";
        String tail = " (" + rule.basis() + ")";
        if (spec.length().hasTimePart()) {
            if (!(usedTime instanceof Instant instant)) {
                return result(
                        rule,
                        spec,
                        used,
                        usedTime,
                        null,
                        null,
                        caveats,
                        ruleName
                                + " ("
                                + phrase
                                + "): not computable: anchor "
                                + used
                                + " recorded as a date only; a limit in hours needs the time");
            }
            ZonedDateTime from = instant.atZone(zone);
            ZonedDateTime due = spec.length().addTo(from);
            String text =
                    head
                            + from.format(MINUTES)
                            + " "
                            + zone
                            + tail
                            + " → "
                            + due.format(MINUTES)
                            + " "
                            + zone;
            return result(
                    rule,
                    spec,
                    used,
                    usedTime,
                    due.toLocalDate(),
                    due.toInstant(),
                    caveats,
                    text + tag(rule));
        }
        LocalDate from =
                usedTime instanceof LocalDate d ? d : LocalDate.ofInstant((Instant) usedTime, zone);
        StringBuilder text = new StringBuilder(head).append(from).append(tail).append(" → ");
        LocalDate due;
        if (spec.counting() == Counting.WORKING) {
            due = workingDays(from, spec.length().days(), cal);
            text.append(due);
            List<String> skipped =
                    from.datesUntil(due)
                            .filter(d -> cal.holiday(d).isPresent())
                            .map(d -> d + " " + cal.holiday(d).orElseThrow())
                            .toList();
            if (!skipped.isEmpty()) {
                text.append(" (holidays skipped: ").append(String.join(", ", skipped)).append(')');
            }
        } else {
            due = spec.length().addDatePart(from);
            if (cal.firstDay() == ProfileCalendar.FirstDay.SAME_DAY) {
                due = due.minusDays(1);
            }
            if (cal.rollForward() && !cal.isWorkingDay(due)) {
                LocalDate rolled = due;
                while (!cal.isWorkingDay(rolled)) {
                    rolled = rolled.plusDays(1);
                }
                text.append(rolled)
                        .append(" (")
                        .append(due)
                        .append(" is ")
                        .append(whyNotWorking(due, cal))
                        .append("; moved to the next working day)");
                due = rolled;
            } else {
                text.append(due);
            }
        }
        return result(rule, spec, used, usedTime, due, null, caveats, text + tag(rule));
    }

    /**
     * The n-th working day after {@code from}; with first-day = same-day a working anchor day is
     * day one.
     */
    private static LocalDate workingDays(LocalDate from, int n, ProfileCalendar cal) {
        int counted = 0;
        LocalDate d = from;
        if (cal.firstDay() == ProfileCalendar.FirstDay.SAME_DAY && cal.isWorkingDay(from)) {
            counted = 1;
        }
        while (counted < n) {
            d = d.plusDays(1);
            if (cal.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private static String whyNotWorking(LocalDate date, ProfileCalendar cal) {
        Optional<String> holiday = cal.holiday(date);
        if (holiday.isPresent()) {
            return "a holiday (" + holiday.get() + ")";
        }
        DayOfWeek day = date.getDayOfWeek();
        return "a " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static Temporal normalise(String anchor, Temporal t) {
        if (t instanceof Instant || t instanceof LocalDate) {
            return t;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalArgumentException(
                "anchor "
                        + anchor
                        + ": an Instant or LocalDate is needed, not a "
                        + t.getClass().getSimpleName());
    }

    private List<String> caveats(Rule rule, RuleValue.DeadlineSpec spec) {
        List<String> out = new ArrayList<>();
        switch (rule.status()) {
            case SECONDARY ->
                    out.add("rule " + rule.name() + " is confirmed only in a secondary source");
            case UNCONFIRMED ->
                    out.add(
                            "rule "
                                    + rule.name()
                                    + " is UNCONFIRMED: verify against the official text"
                                    + rule.note().map(n -> " (" + n + ")").orElse(""));
            case NATIONAL_CHOICE ->
                    out.add(
                            "rule "
                                    + rule.name()
                                    + " is a national choice: the state must confirm it");
            default -> {}
        }
        if (!spec.length().hasTimePart()) {
            List<String> keys =
                    spec.counting() == Counting.CALENDAR
                            ? List.of("first-day", "roll-forward")
                            : List.of("first-day");
            for (String key : keys) {
                CalendarSetting s = profile.calendar().setting(key);
                if (s.status() == LegalStatus.UNCONFIRMED) {
                    out.add(
                            "day counting '"
                                    + key
                                    + " = "
                                    + s.value()
                                    + "' is unconfirmed"
                                    + s.basis().map(b -> " (" + b + ")").orElse(""));
                }
            }
        }
        return out;
    }

    private static String tag(Rule rule) {
        return switch (rule.status()) {
            case CONFIRMED -> "";
            case SECONDARY -> " [secondary source]";
            case UNCONFIRMED -> " [UNCONFIRMED]";
            case NATIONAL_CHOICE -> " [national choice]";
        };
    }

    private Deadline result(
            Rule rule,
            RuleValue.DeadlineSpec spec,
            String anchor,
            Temporal anchorTime,
            LocalDate dueDate,
            Instant dueInstant,
            List<String> caveats,
            String explanation) {
        return new Deadline(
                rule.name(),
                rule.profile(),
                rule.basis(),
                rule.status(),
                spec.counting(),
                spec.length().text(),
                Optional.ofNullable(anchor),
                Optional.ofNullable(anchorTime),
                Optional.ofNullable(dueDate),
                Optional.ofNullable(dueInstant),
                caveats,
                explanation);
    }
}
