package org.asylon.rsd.triage.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One track assignment of an application, kept for good: the rule and ground that triggered it, the
 * grounds the officer indicated, and for an override the officer's written reasons. The application
 * holds only the current assignment; this is its history.
 */
@Entity
@Table(name = "track_history")
public class TrackHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(name = "track", nullable = false)
    private String track;

    @Column(name = "track_rule", nullable = false)
    private String rule;

    @Column(name = "track_ground")
    private String ground;

    @Column(name = "explanation", length = 2000)
    private String explanation;

    @Column(name = "reason", length = 2000)
    private String reason;

    @Column(name = "officer_grounds", length = 400)
    private String officerGrounds;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "overridden", nullable = false)
    private boolean overridden;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected TrackHistory() {}

    public TrackHistory(
            String applicationId,
            String track,
            String rule,
            String ground,
            String explanation,
            String reason,
            List<String> officerGrounds,
            String setBy,
            boolean overridden,
            Instant assignedAt) {
        this.applicationId = applicationId;
        this.track = track;
        this.rule = rule;
        this.ground = ground;
        this.explanation = explanation;
        this.reason = reason;
        this.officerGrounds =
                officerGrounds == null || officerGrounds.isEmpty()
                        ? null
                        : String.join(",", officerGrounds);
        this.setBy = setBy;
        this.overridden = overridden;
        this.assignedAt = assignedAt;
    }

    public Long id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public String track() {
        return track;
    }

    public String rule() {
        return rule;
    }

    public String ground() {
        return ground;
    }

    public String explanation() {
        return explanation;
    }

    public String reason() {
        return reason;
    }

    public List<String> officerGrounds() {
        return officerGrounds == null ? List.of() : Arrays.asList(officerGrounds.split(","));
    }

    public String setBy() {
        return setBy;
    }

    public boolean overridden() {
        return overridden;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
