package org.asylon.returns.operation.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.operation.control.Observations;
import org.asylon.returns.operation.entity.Observation;
import org.asylon.returns.operation.entity.ObservationPhase;

/** A monitor's observation as written, with its author's amendments, oldest first. */
public record ObservationView(
        String id,
        String operationId,
        String caseId,
        ObservationPhase phase,
        Instant observedAt,
        boolean concern,
        String text,
        Instant recordedAt,
        String recordedBy,
        List<AmendmentView> amendments) {

    public record AmendmentView(String id, String text, Instant amendedAt, String amendedBy) {}

    static ObservationView of(Observations.Filed filed) {
        Observation o = filed.observation();
        return new ObservationView(
                o.id(),
                o.operationId(),
                o.caseId(),
                o.phase(),
                o.observedAt(),
                o.concern(),
                o.text(),
                o.recordedAt(),
                o.recordedBy(),
                filed.amendments().stream()
                        .map(a -> new AmendmentView(a.id(), a.text(), a.amendedAt(), a.amendedBy()))
                        .toList());
    }
}
