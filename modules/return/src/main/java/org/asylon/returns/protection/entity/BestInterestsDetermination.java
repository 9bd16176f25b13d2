package org.asylon.returns.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A best-interests determination for a child on a return case: who determined it (a child
 * protection authority, a guardian's body), its reference and what it found. The reasons stay in
 * the body's own file; the gate needs only the finding.
 */
@Entity
@Table(name = "best_interests_determination")
public class BestInterestsDetermination {

    @Id private String id;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "determining_body", nullable = false)
    private String body;

    @Column(name = "reference", nullable = false)
    private String reference;

    @Column(name = "determined_at", nullable = false)
    private Instant determinedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "finding", nullable = false)
    private BestInterests finding;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected BestInterestsDetermination() {}

    public BestInterestsDetermination(
            String caseId,
            String body,
            String reference,
            Instant determinedAt,
            BestInterests finding,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.body = body;
        this.reference = reference;
        this.determinedAt = determinedAt;
        this.finding = finding;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public String body() {
        return body;
    }

    public String reference() {
        return reference;
    }

    public Instant determinedAt() {
        return determinedAt;
    }

    public BestInterests finding() {
        return finding;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
