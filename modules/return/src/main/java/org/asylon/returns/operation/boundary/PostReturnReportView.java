package org.asylon.returns.operation.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.returns.operation.entity.ContactOutcome;
import org.asylon.returns.operation.entity.PostReturnConcern;
import org.asylon.returns.operation.entity.PostReturnReport;
import org.asylon.returns.operation.entity.ReporterKind;

/** A report after return, as made. */
public record PostReturnReportView(
        String id,
        String operationId,
        String caseId,
        ReporterKind reportedAs,
        String organisation,
        LocalDate contactOn,
        ContactOutcome contact,
        PostReturnConcern concern,
        String note,
        Instant recordedAt,
        String recordedBy) {

    static PostReturnReportView of(PostReturnReport r) {
        return new PostReturnReportView(
                r.id(),
                r.operationId(),
                r.caseId(),
                r.reportedAs(),
                r.organisation(),
                r.contactOn(),
                r.contact(),
                r.concern(),
                r.note(),
                r.recordedAt(),
                r.recordedBy());
    }
}
