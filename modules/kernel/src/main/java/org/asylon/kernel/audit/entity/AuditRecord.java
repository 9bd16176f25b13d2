package org.asylon.kernel.audit.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One link of the audit chain: who did what to which record, when, sealed by a hash over its
 * content and the hash of the record before it. Immutable once built: there is nothing to update,
 * and the hash is computed here so that no caller can store a record whose hash does not match.
 *
 * <p>Not cacheable, so that reads always show what the database holds, tampered or not.
 */
@Entity
@Table(name = "audit_record")
@Cacheable(false)
public class AuditRecord {

    @Id
    @Column(name = "sequence_number")
    private long sequenceNumber;

    // milliseconds since the epoch, not TIMESTAMP: see V2__audit_trail.sql; the hash needs an exact
    // round trip
    @Column(name = "recorded_at_ms", nullable = false, updatable = false)
    private long recordedAt;

    @Column(name = "actor", nullable = false, updatable = false, length = AuditEntry.MAX_ACTOR)
    private String actor;

    @Column(name = "action", nullable = false, updatable = false, length = AuditEntry.MAX_ACTION)
    private String action;

    @Column(
            name = "record_type",
            nullable = false,
            updatable = false,
            length = AuditEntry.MAX_RECORD_TYPE)
    private String recordType;

    @Column(
            name = "record_id",
            nullable = false,
            updatable = false,
            length = AuditEntry.MAX_RECORD_ID)
    private String recordId;

    @Column(name = "details", updatable = false, length = AuditEntry.MAX_DETAILS)
    private String details;

    @Column(name = "request_id", updatable = false, length = AuditEntry.MAX_REQUEST_ID)
    private String requestId;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(name = "record_hash", nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditRecord() {
        // for JPA
    }

    /**
     * Seals an entry as link {@code sequenceNumber} of the chain. The time is cut to milliseconds
     * because that is what the column keeps; a finer time would hash differently once read back.
     */
    public AuditRecord(
            long sequenceNumber, Instant recordedAt, AuditEntry entry, String previousHash) {
        this.sequenceNumber = sequenceNumber;
        Instant at = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        this.recordedAt = at.toEpochMilli();
        this.actor = entry.actor();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.details = entry.details();
        this.requestId = entry.requestId();
        this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
        this.hash =
                AuditHash.of(
                        this.sequenceNumber,
                        at,
                        actor,
                        action,
                        recordType,
                        recordId,
                        details,
                        requestId,
                        previousHash);
    }

    public long sequenceNumber() {
        return sequenceNumber;
    }

    public Instant recordedAt() {
        return Instant.ofEpochMilli(recordedAt);
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String details() {
        return details;
    }

    public String requestId() {
        return requestId;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
