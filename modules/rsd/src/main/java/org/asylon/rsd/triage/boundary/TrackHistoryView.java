package org.asylon.rsd.triage.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.triage.entity.TrackHistory;

/**
 * One track assignment of the case's history. An override's written {@code reasons} are RSD
 * content: shown to the file holders only; for anyone else they are left out and {@code
 * reasonsWithheld} says so.
 */
public record TrackHistoryView(
        String track,
        String rule,
        String ground,
        String explanation,
        String reasons,
        boolean reasonsWithheld,
        List<String> officerGrounds,
        String setBy,
        boolean overridden,
        Instant assignedAt) {

    static TrackHistoryView of(TrackHistory h, boolean holder) {
        boolean withheld = !holder && h.reason() != null;
        return new TrackHistoryView(
                h.track(),
                h.rule(),
                h.ground(),
                h.explanation(),
                withheld ? null : h.reason(),
                withheld,
                h.officerGrounds(),
                h.setBy(),
                h.overridden(),
                h.assignedAt());
    }
}
