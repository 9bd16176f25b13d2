package org.asylon.returns.operation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A monitor's correction or addition to their own observation; the original stays as written. */
@Entity
@Table(name = "observation_amendment")
public class ObservationAmendment {

    @Id private String id;

    @Column(name = "observation_id", nullable = false)
    private String observationId;

    @Lob
    @Column(name = "amendment", nullable = false)
    private String text;

    @Column(name = "amended_at", nullable = false)
    private Instant amendedAt;

    @Column(name = "amended_by", nullable = false)
    private String amendedBy;

    protected ObservationAmendment() {}

    public ObservationAmendment(String observationId, String text, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.observationId = observationId;
        this.text = text;
        this.amendedBy = by;
        this.amendedAt = at;
    }

    public String id() {
        return id;
    }

    public String observationId() {
        return observationId;
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
