package org.asylon.detention.order.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderStatus;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.Rule;

/**
 * One clock of an order as a screen shows it: which limit, the rule that set it with its basis and
 * status (anything not confirmed is labelled), when it passes, whether it has passed, and when it
 * was met (the judicial review).
 *
 * @param name {@code maximum}, {@code judicial-review} or {@code periodic-review}
 */
public record OrderClock(
        String name,
        String rule,
        String basis,
        String status,
        boolean unconfirmed,
        Instant dueAt,
        boolean overdue,
        Instant metAt) {

    /** The clocks of an order at {@code now}; a released order's clocks no longer run. */
    public static List<OrderClock> of(DetentionOrder o, DetentionCalendar calendar, Instant now) {
        boolean running = o.status() != OrderStatus.RELEASED;
        List<OrderClock> clocks = new ArrayList<>();
        clocks.add(
                clock(
                        "maximum",
                        calendar.rule(o.maximumRule()),
                        o.maximumAt(),
                        null,
                        running,
                        now));
        if (o.judicialReviewRule() != null) {
            clocks.add(
                    clock(
                            "judicial-review",
                            calendar.rule(o.judicialReviewRule()),
                            o.judicialReviewDueAt(),
                            o.judiciallyReviewedAt(),
                            running,
                            now));
        }
        clocks.add(
                clock(
                        "periodic-review",
                        calendar.rule(DetentionLaw.PERIODIC_REVIEW),
                        o.nextReviewAt(),
                        null,
                        running,
                        now));
        return clocks;
    }

    private static OrderClock clock(
            String name, Rule rule, Instant dueAt, Instant metAt, boolean running, Instant now) {
        return new OrderClock(
                name,
                rule.name(),
                rule.basis(),
                rule.status().code(),
                rule.status() == LegalStatus.UNCONFIRMED,
                dueAt,
                running && metAt == null && !now.isBefore(dueAt),
                metAt);
    }
}
