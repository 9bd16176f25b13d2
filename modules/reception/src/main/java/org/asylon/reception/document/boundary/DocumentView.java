package org.asylon.reception.document.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.reception.document.entity.DocumentStatus;
import org.asylon.reception.document.entity.TemporaryDocument;
import org.asylon.reception.document.entity.Validity;

/** A document as reception officers see it, with the rule its validity came from. */
public record DocumentView(
        String id,
        long version,
        String number,
        String arrivalId,
        DocumentStatus status,
        LocalDate issueDate,
        Instant issuedAt,
        String issuedBy,
        Instant registeredAt,
        LocalDate validUntil,
        Validity validity,
        Instant endedAt,
        String endedBy,
        String revocationReason,
        String replacedBy) {

    static DocumentView of(TemporaryDocument d, LocalDate today) {
        return new DocumentView(
                d.id(),
                d.version(),
                d.number(),
                d.arrivalId(),
                d.status(today),
                d.issueDate(),
                d.issuedAt(),
                d.issuedBy(),
                d.registeredAt(),
                d.validUntil(),
                d.validity(),
                d.endedAt(),
                d.endedBy(),
                d.revocationReason(),
                d.replacedByNumber());
    }
}
