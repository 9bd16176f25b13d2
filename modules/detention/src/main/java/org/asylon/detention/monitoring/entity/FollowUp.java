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

/** One follow-up step a monitor recorded on a recommendation, kept in order, never changed. */
@Entity
@Table(name = "monitoring_follow_up")
public class FollowUp {

    @Id private String id;

    @Column(name = "recommendation_id", nullable = false)
    private String recommendationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private FollowUpStatus status;

    @Lob
    @Column(name = "note")
    private String note;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    protected FollowUp() {}

    FollowUp(String recommendationId, FollowUpStatus status, String note, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.recommendationId = recommendationId;
        this.status = status;
        this.note = note;
        this.setBy = by;
        this.setAt = at;
    }

    public String id() {
        return id;
    }

    public String recommendationId() {
        return recommendationId;
    }

    public FollowUpStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant setAt() {
        return setAt;
    }

    public String setBy() {
        return setBy;
    }
}
