package org.asylon.readmission.regime.boundary;

import java.time.Instant;
import org.asylon.kernel.profile.DeadlineView;
import org.asylon.readmission.regime.control.RuledDeadline;

/**
 * A regime deadline as the API shows it: the date with its rule, article and status, and what
 * happens when it passes, with the rule that says so.
 *
 * @param passesAt the first instant after the limit (the end of its last day in the profile's zone)
 * @param passed whether it has passed at the time of reading
 */
public record RuledDeadlineView(
        DeadlineView deadline,
        String consequence,
        String consequenceRule,
        Instant passesAt,
        boolean passed) {

    public static RuledDeadlineView of(RuledDeadline d, java.time.ZoneId zone, Instant now) {
        Instant end = d.passesAt(zone);
        return new RuledDeadlineView(
                DeadlineView.of(d.deadline()),
                d.consequence(),
                d.consequenceRule(),
                end,
                end != null && !now.isBefore(end));
    }
}
