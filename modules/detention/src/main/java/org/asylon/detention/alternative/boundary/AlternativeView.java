package org.asylon.detention.alternative.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.AlternativeStatus;
import org.asylon.detention.alternative.entity.ComplianceKind;
import org.asylon.detention.alternative.entity.ComplianceRecord;

/** An alternative to detention; {@code compliance} only on the read of one. */
public record AlternativeView(
        String id,
        long version,
        String personId,
        String code,
        String conditions,
        Instant startsAt,
        Instant endsAt,
        String reportingInterval,
        AlternativeStatus status,
        Instant endedAt,
        String endedBy,
        List<ComplianceView> compliance,
        Instant orderedAt,
        String orderedBy) {

    public record ComplianceView(
            String id, ComplianceKind kind, Instant at, String note, String recordedBy) {

        static ComplianceView of(ComplianceRecord r) {
            return new ComplianceView(r.id(), r.kind(), r.occurredAt(), r.note(), r.recordedBy());
        }
    }

    static AlternativeView of(AlternativeOrder a, List<ComplianceRecord> compliance) {
        return new AlternativeView(
                a.id(),
                a.version(),
                a.personId(),
                a.code(),
                a.conditions(),
                a.startsAt(),
                a.endsAt(),
                a.reportingInterval(),
                a.status(),
                a.endedAt(),
                a.endedBy(),
                compliance == null ? null : compliance.stream().map(ComplianceView::of).toList(),
                a.orderedAt(),
                a.orderedBy());
    }
}
