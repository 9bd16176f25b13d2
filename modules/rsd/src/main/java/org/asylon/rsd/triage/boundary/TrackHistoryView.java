package org.asylon.rsd.triage.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.triage.entity.TrackHistory;

/** One track assignment of the case's history. */
public record TrackHistoryView(String track, String rule, String ground, String explanation, String reasons,
        List<String> officerGrounds, String setBy, boolean overridden, Instant assignedAt) {

    static TrackHistoryView of(TrackHistory h) {
        return new TrackHistoryView(h.track(), h.rule(), h.ground(), h.explanation(), h.reason(), h.officerGrounds(),
                h.setBy(), h.overridden(), h.assignedAt());
    }
}
