package org.asylon.returns.decision.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.asylon.kernel.profile.Counting;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileCalendar;
import org.asylon.returns.decision.entity.DepartureDue;
import org.asylon.returns.decision.entity.VoluntaryDeparture;

/**
 * When a period for voluntary departure ends, counted from the notification of the decision (anchor
 * {@code return.decision.notification}) with the profile's calendar. The profile's own period is
 * computed by the kernel's deadline calculator, so that its due date carries the same explanation
 * as everywhere else; a shortened or extended period is counted in the same unit with the same
 * conventions (first day, working days, roll-forward).
 */
public final class DepartureClock implements DepartureDue.Calendar {

    static final String NOTIFICATION = "return.decision.notification";

    private final LegalProfile profile;
    private final DeadlineCalculator calculator;

    public DepartureClock(LegalProfile profile) {
        this.profile = profile;
        this.calculator = new DeadlineCalculator(profile);
    }

    @Override
    public DepartureDue due(VoluntaryDeparture period, Instant notifiedAt) {
        ZoneId zone = profile.calendar().zone();
        if (period.profilePeriodAsItIs() && profile.has(period.periodRule())) {
            Deadline d = calculator.compute(period.periodRule(), Map.of(NOTIFICATION, notifiedAt));
            LocalDate last =
                    d.dueDate().orElseThrow(() -> new IllegalStateException(d.explanation()));
            return new DepartureDue(last, endOf(last, zone), d.explanation());
        }
        ProfileCalendar cal = profile.calendar();
        Counting counting = Counting.valueOf(period.counting());
        LocalDate from = LocalDate.ofInstant(notifiedAt, zone);
        int days = period.totalDays();
        LocalDate last =
                counting == Counting.WORKING
                        ? workingDays(from, days, cal)
                        : calendarDays(from, days, cal);
        String unit = counting == Counting.WORKING ? "working day" : "calendar day";
        String label =
                profile.catalogues().anchor(NOTIFICATION).map(a -> a.label()).orElse(NOTIFICATION);
        String explanation =
                days
                        + " "
                        + unit
                        + (days == 1 ? "" : "s")
                        + " from "
                        + label
                        + " on "
                        + from
                        + " ("
                        + describe(period)
                        + "; "
                        + period.periodRule()
                        + ": "
                        + period.periodBasis()
                        + ") → "
                        + last;
        return new DepartureDue(last, endOf(last, zone), explanation);
    }

    private static String describe(VoluntaryDeparture period) {
        String profileDays = "the profile's period is " + period.profileDays() + " days";
        if (period.extendedDays() > 0) {
            return "granted "
                    + period.grantedDays()
                    + " days, extended by "
                    + period.extendedDays()
                    + "; "
                    + profileDays;
        }
        return (period.grantedDays() < period.profileDays() ? "shortened" : "extended")
                + " by the decision; "
                + profileDays;
    }

    /** The same counting as the kernel's calculator for a calendar-day limit. */
    static LocalDate calendarDays(LocalDate from, int days, ProfileCalendar cal) {
        LocalDate due = from.plusDays(days);
        if (cal.firstDay() == ProfileCalendar.FirstDay.SAME_DAY) {
            due = due.minusDays(1);
        }
        if (cal.rollForward()) {
            while (!cal.isWorkingDay(due)) {
                due = due.plusDays(1);
            }
        }
        return due;
    }

    /** The n-th working day after {@code from}, as the kernel's calculator counts it. */
    static LocalDate workingDays(LocalDate from, int n, ProfileCalendar cal) {
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

    /** The end of the last day in the profile's zone: from then on the period has ended. */
    static Instant endOf(LocalDate lastDay, ZoneId zone) {
        return lastDay.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
