package org.asylon.detention.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A monitor's correction or addition to their own interview or finding, kept beside the original,
 * which stays as it was written ({@link RecordsKept}). Amendments have no version: they are never
 * changed.
 */
@Entity
@Table(name = "monitoring_amendment")
public class Amendment {

    @Id private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false)
    private AmendedRecord recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Lob
    @Column(name = "amendment", nullable = false)
    private String text;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false)
    private String amendedBy;

    protected Amendment() {}

    public Amendment(
            AmendedRecord recordType,
            String recordId,
            String text,
            String amendedBy,
            Instant amendedAt) {
        this.id = UUID.randomUUID().toString();
        this.recordType = recordType;
        this.recordId = recordId;
        this.text = text;
        this.amendedBy = amendedBy;
        this.amendedAt = amendedAt;
    }

    public String id() {
        return id;
    }

    public AmendedRecord recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String text() {
        return text;
    }

    public Instant amendedAt() {
        return amendedAt;
    }

    public String amendedBy() {
        return amendedBy;
    }
}
