package org.asylon.kernel.audit.boundary;

import java.time.Instant;
import org.asylon.kernel.audit.entity.AuditRecord;

/**
 * One audit record as auditors receive it; with the hashes, so that they can re-check the chain
 * themselves.
 */
public record AuditRecordResponse(
        long sequence,
        Instant recordedAt,
        String actor,
        String action,
        String recordType,
        String recordId,
        String details,
        String requestId,
        String previousHash,
        String hash) {

    static AuditRecordResponse of(AuditRecord record) {
        return new AuditRecordResponse(
                record.sequenceNumber(),
                record.recordedAt(),
                record.actor(),
                record.action(),
                record.recordType(),
                record.recordId(),
                record.details(),
                record.requestId(),
                record.previousHash(),
                record.hash());
    }
}
