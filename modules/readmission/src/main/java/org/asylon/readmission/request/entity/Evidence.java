package org.asylon.readmission.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.asylon.readmission.regime.entity.EvidenceWeight;

/**
 * One piece of evidence a request rests on, in a category of the regime's lists ({@code
 * regime.evidence.proof}, {@code regime.evidence.circumstantial}); its description leaves the state
 * with the request.
 */
@Entity
@Table(name = "request_evidence")
public class Evidence {

    @Id private String id;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    @Column(name = "category", nullable = false)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "weight", nullable = false)
    private EvidenceWeight weight;

    @Column(name = "description", nullable = false, length = 1000)
    private String description;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    protected Evidence() {}

    public Evidence(
            String requestId,
            String category,
            EvidenceWeight weight,
            String description,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.category = category;
        this.weight = weight;
        this.description = description;
        this.addedBy = by;
        this.addedAt = at;
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public String category() {
        return category;
    }

    public EvidenceWeight weight() {
        return weight;
    }

    public String description() {
        return description;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
