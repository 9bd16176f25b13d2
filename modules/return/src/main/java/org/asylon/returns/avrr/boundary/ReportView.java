package org.asylon.returns.avrr.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.returns.avrr.entity.PostArrivalReport;

/**
 * A post-arrival or reintegration report, for the partner's own accounts and the return officers.
 */
public record ReportView(
        String id,
        String referralId,
        String kind,
        LocalDate occurredOn,
        String notes,
        String recordedBy,
        Instant recordedAt) {

    static ReportView of(PostArrivalReport r) {
        return new ReportView(
                r.id(),
                r.referralId(),
                r.kind().name(),
                r.occurredOn(),
                r.notes(),
                r.recordedBy(),
                r.recordedAt());
    }
}
