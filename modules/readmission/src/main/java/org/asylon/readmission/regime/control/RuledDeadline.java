package org.asylon.readmission.regime.control;

import java.time.Instant;
import java.time.ZoneId;
import org.asylon.kernel.profile.Deadline;

/**
 * A regime deadline with what happens when it passes, in plain words and with the rule that says
 * so: "silence means acceptance (ec-albania, regime.readmission-application.reply.silence: ...)".
 *
 * @param deadline the computed limit, with its rule, article and status
 * @param consequence what follows when it passes unmet
 * @param consequenceRule the regime rule that gives the consequence, with its basis
 */
public record RuledDeadline(Deadline deadline, String consequence, String consequenceRule) {

    /**
     * The first instant after the limit: the end of its last day in the profile's zone, or the
     * exact end of a limit in hours. Null when it cannot be computed (no anchor recorded).
     */
    public Instant passesAt(ZoneId zone) {
        if (deadline.dueInstant().isPresent()) {
            return deadline.dueInstant().get();
        }
        return deadline.dueDate()
                .map(d -> d.plusDays(1).atStartOfDay(zone).toInstant())
                .orElse(null);
    }
}
