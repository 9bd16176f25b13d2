package org.asylon.returns.operation.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.returns.operation.entity.RefusalReason;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.operation.entity.TravelDocumentKind;
import org.asylon.returns.operation.entity.TravelDocumentStatus;

/** A travel document request and its answer. */
public record TravelDocumentView(
        String id,
        long version,
        String caseId,
        TravelDocumentKind kind,
        String issuingCountry,
        String authority,
        String requestReference,
        LocalDate requestedOn,
        Instant requestedAt,
        String requestedBy,
        TravelDocumentStatus status,
        String documentNumber,
        LocalDate issuedOn,
        LocalDate validFrom,
        LocalDate validUntil,
        RefusalReason refusalReason,
        String refusalNote,
        LocalDate refusedOn,
        Instant answerRecordedAt,
        String answerRecordedBy) {

    static TravelDocumentView of(TravelDocument d) {
        return new TravelDocumentView(
                d.id(),
                d.version(),
                d.caseId(),
                d.kind(),
                d.issuingCountry(),
                d.authority(),
                d.requestReference(),
                d.requestedOn(),
                d.requestedAt(),
                d.requestedBy(),
                d.status(),
                d.documentNumber(),
                d.issuedOn(),
                d.validFrom(),
                d.validUntil(),
                d.refusalReason(),
                d.refusalNote(),
                d.refusedOn(),
                d.answerRecordedAt(),
                d.answerRecordedBy());
    }
}
