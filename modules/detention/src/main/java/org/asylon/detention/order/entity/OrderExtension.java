package org.asylon.detention.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An extension of detention beyond its maximum, with the reasons and the proportionality reassessed
 * (UNHCR Guideline 4.2), by the authority the profile names; never changed.
 */
@Entity
@Table(name = "order_extension")
public class OrderExtension {

    @Id private String id;

    @Column(name = "order_id", nullable = false)
    private String orderId;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "proportionality", nullable = false)
    private String proportionality;

    @Column(name = "previous_end", nullable = false)
    private Instant previousEnd;

    @Column(name = "new_end", nullable = false)
    private Instant newEnd;

    @Column(name = "rule_name", nullable = false)
    private String rule;

    @Column(name = "court")
    private String court;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OrderExtension() {}

    public OrderExtension(
            String orderId,
            String reasons,
            String proportionality,
            Instant previousEnd,
            Instant newEnd,
            String rule,
            String court,
            String decisionReference,
            String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.orderId = orderId;
        this.reasons = reasons;
        this.proportionality = proportionality;
        this.previousEnd = previousEnd;
        this.newEnd = newEnd;
        this.rule = rule;
        this.court = court;
        this.decisionReference = decisionReference;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public String orderId() {
        return orderId;
    }

    public String reasons() {
        return reasons;
    }

    public String proportionality() {
        return proportionality;
    }

    public Instant previousEnd() {
        return previousEnd;
    }

    public Instant newEnd() {
        return newEnd;
    }

    public String rule() {
        return rule;
    }

    public String court() {
        return court;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
