package org.asylon.detention.alert.boundary;

import java.time.Instant;
import org.asylon.detention.alert.entity.Alert;
import org.asylon.detention.alert.entity.AlertKind;

/** An alert with the rule behind it; ids only, no names. */
public record AlertView(
        String id,
        AlertKind kind,
        String recordType,
        String recordId,
        String personId,
        String facilityId,
        String rule,
        String basis,
        Instant dueAt,
        Instant raisedAt,
        Instant resolvedAt) {

    static AlertView of(Alert a) {
        return new AlertView(
                a.id(),
                a.kind(),
                a.recordType(),
                a.recordId(),
                a.personId(),
                a.facilityId(),
                a.rule(),
                a.basis(),
                a.dueAt(),
                a.raisedAt(),
                a.resolvedAt());
    }
}
