package org.asylon.kernel.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deadline as the API shows it: when, and why — the rule, its legal basis and status, the anchor
 * it ran from, and the caveats to show beside it (an unconfirmed rule or counting convention).
 */
public record DeadlineView(
        String rule,
        String profile,
        String basis,
        String status,
        boolean unconfirmed,
        String counting,
        String duration,
        String anchor,
        String anchorTime,
        boolean computable,
        LocalDate due,
        Instant dueInstant,
        List<String> caveats,
        String explanation) {

    public static DeadlineView of(Deadline d) {
        return new DeadlineView(
                d.rule(),
                d.profile(),
                d.basis(),
                d.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                d.unconfirmed(),
                d.counting().name().toLowerCase(java.util.Locale.ROOT),
                d.duration(),
                d.anchor().orElse(null),
                d.anchorTime().map(Object::toString).orElse(null),
                d.computable(),
                d.dueDate().orElse(null),
                d.dueInstant().orElse(null),
                d.caveats(),
                d.explanation());
    }
}
