package org.asylon.detention.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A monitor's recommendation to the authorities (OPCAT Art 19(b)), filed by category and followed
 * up (SPT guidance CAT/OP/1/Rev.1 para 45). The text stays as made; the authority answers beside it
 * ({@link Answer}) and never changes this row; only the monitor moves its follow-up status, each
 * step kept as a {@link FollowUp}.
 */
@Entity
@Table(name = "monitoring_recommendation")
public class Recommendation {

    @Id private String id;

    @Version private long version;

    @Column(name = "visit_id", nullable = false)
    private String visitId;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @Lob
    @Column(name = "recommendation", nullable = false)
    private String text;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "made_by", nullable = false)
    private String madeBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_status", nullable = false)
    private FollowUpStatus followUpStatus;

    @Column(name = "follow_up_at")
    private Instant followUpAt;

    @Column(name = "follow_up_by")
    private String followUpBy;

    protected Recommendation() {}

    public Recommendation(
            Visit visit,
            String facilityId,
            Category category,
            Priority priority,
            String text,
            String madeBy,
            Instant madeAt) {
        this.id = UUID.randomUUID().toString();
        this.visitId = visit.id();
        this.facilityId = facilityId;
        this.category = category;
        this.priority = priority;
        this.text = text;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.followUpStatus = FollowUpStatus.OPEN;
    }

    /** The monitor's new follow-up status; the step itself is kept by the caller as a FollowUp. */
    public FollowUp followUp(FollowUpStatus status, String note, String by, Instant at) {
        this.followUpStatus = status;
        this.followUpBy = by;
        this.followUpAt = at;
        return new FollowUp(id, status, note, by, at);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String visitId() {
        return visitId;
    }

    public String facilityId() {
        return facilityId;
    }

    public Category category() {
        return category;
    }

    public Priority priority() {
        return priority;
    }

    public String text() {
        return text;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public String madeBy() {
        return madeBy;
    }

    public FollowUpStatus followUpStatus() {
        return followUpStatus;
    }

    public Instant followUpAt() {
        return followUpAt;
    }

    public String followUpBy() {
        return followUpBy;
    }
}
