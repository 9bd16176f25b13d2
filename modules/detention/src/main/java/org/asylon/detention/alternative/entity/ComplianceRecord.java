package org.asylon.detention.alternative.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One occasion on which the person complied with an alternative, or breached it: a fact, kept. */
@Entity
@Table(name = "alternative_compliance")
public class ComplianceRecord {

    @Id private String id;

    @Column(name = "alternative_id", nullable = false)
    private String alternativeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ComplianceKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note")
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ComplianceRecord() {}

    public ComplianceRecord(
            String alternativeId,
            ComplianceKind kind,
            Instant occurredAt,
            String note,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.alternativeId = alternativeId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public String alternativeId() {
        return alternativeId;
    }

    public ComplianceKind kind() {
        return kind;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
