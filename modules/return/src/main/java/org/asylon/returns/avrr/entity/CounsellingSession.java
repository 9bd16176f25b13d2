package org.asylon.returns.avrr.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A return counselling session on an AVRR referral, made only through {@link AvrrReferral#counsel}.
 * What was said ({@code notes}) stays with the partner and the return officers: no event and no
 * audit entry carries it.
 */
@Entity
@Table(name = "avrr_counselling")
public class CounsellingSession {

    @Id private String id;

    @Column(name = "referral_id", nullable = false)
    private String referralId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "held_at", nullable = false)
    private Instant heldAt;

    /** Comma-separated {@link CounsellingTopic} names. */
    @Column(name = "topics", nullable = false, length = 400)
    private String topics;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "counsellor", nullable = false)
    private Counsellor counsellor;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CounsellingSession() {}

    CounsellingSession(
            AvrrReferral referral,
            Instant heldAt,
            Set<CounsellingTopic> topics,
            String notes,
            Counsellor counsellor,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.referralId = referral.id();
        this.caseId = referral.caseId();
        this.heldAt = heldAt;
        this.topics = topics.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.notes = notes == null || notes.isBlank() ? null : notes;
        this.counsellor = counsellor;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public String id() {
        return id;
    }

    public String referralId() {
        return referralId;
    }

    public String caseId() {
        return caseId;
    }

    public Instant heldAt() {
        return heldAt;
    }

    public Set<CounsellingTopic> topics() {
        Set<CounsellingTopic> out = EnumSet.noneOf(CounsellingTopic.class);
        Arrays.stream(topics.split(",")).map(CounsellingTopic::valueOf).forEach(out::add);
        return out;
    }

    public String notes() {
        return notes;
    }

    public Counsellor counsellor() {
        return counsellor;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
