package org.asylon.detention.monitoring.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.entity.Visit;

/** A visit as monitors see it. */
public record VisitView(
        String id,
        String facilityId,
        String monitoringBody,
        boolean announced,
        Instant startedAt,
        Instant endedAt,
        List<String> team,
        Instant recordedAt,
        String recordedBy) {

    static VisitView of(Visit v) {
        return new VisitView(
                v.id(),
                v.facilityId(),
                v.monitoringBody(),
                v.announced(),
                v.startedAt(),
                v.endedAt(),
                v.team(),
                v.recordedAt(),
                v.recordedBy());
    }
}
