package org.asylon.kernel.audit.control;

import java.time.Instant;
import org.asylon.kernel.audit.entity.AuditHash;

/**
 * An audit record's columns as the database holds them, read by the verifier with a constructor
 * query so that no entity enters the persistence context (memory stays flat over any length of
 * chain) and no cached copy can hide what was done to the table.
 */
public record ChainLink(
        long sequenceNumber,
        Instant recordedAt,
        String actor,
        String action,
        String recordType,
        String recordId,
        String details,
        String requestId,
        String previousHash,
        String hash) {

    /**
     * For the constructor query: the column holds milliseconds since the epoch (see {@code
     * AuditRecord}).
     */
    public ChainLink(
            long sequenceNumber,
            long recordedAtMillis,
            String actor,
            String action,
            String recordType,
            String recordId,
            String details,
            String requestId,
            String previousHash,
            String hash) {
        this(
                sequenceNumber,
                Instant.ofEpochMilli(recordedAtMillis),
                actor,
                action,
                recordType,
                recordId,
                details,
                requestId,
                previousHash,
                hash);
    }

    static final String SELECT =
            "SELECT NEW "
                    + ChainLink.class.getName()
                    + "(r.sequenceNumber, r.recordedAt, r.actor, r.action, r.recordType, r.recordId, r.details,"
                    + " r.requestId, r.previousHash, r.hash) FROM AuditRecord r";

    boolean matchesItsHash() {
        return AuditHash.of(
                        sequenceNumber,
                        recordedAt,
                        actor,
                        action,
                        recordType,
                        recordId,
                        details,
                        requestId,
                        previousHash)
                .equals(hash);
    }
}
