package org.asylon.detention.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A judicial or administrative review of a detention order, as recorded; never changed. */
@Entity
@Table(name = "order_review")
public class OrderReview {

    @Id private String id;

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AuthorityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private ReviewOutcome outcome;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "court")
    private String court;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "reviewed_at", nullable = false)
    private Instant reviewedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrderReview() {}

    public OrderReview(
            String orderId,
            AuthorityKind kind,
            ReviewOutcome outcome,
            String reasons,
            String court,
            String decisionReference,
            Instant reviewedAt,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.orderId = orderId;
        this.kind = kind;
        this.outcome = outcome;
        this.reasons = reasons;
        this.court = court;
        this.decisionReference = decisionReference;
        this.reviewedAt = reviewedAt;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public AuthorityKind kind() {
        return kind;
    }

    public ReviewOutcome outcome() {
        return outcome;
    }

    public String reasons() {
        return reasons;
    }

    public String court() {
        return court;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
