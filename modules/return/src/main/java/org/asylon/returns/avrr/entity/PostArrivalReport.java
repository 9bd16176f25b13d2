package org.asylon.returns.avrr.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A partner's report after the departure — reception on arrival, onward transport, health support,
 * reintegration assistance, monitoring (IOM's post-arrival services) — made only through {@link
 * AvrrReferral#report}. Its notes stay with the partner and the return officers.
 */
@Entity
@Table(name = "avrr_report")
public class PostArrivalReport {

    @Id private String id;

    @Column(name = "referral_id", nullable = false)
    private String referralId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "partner_id", nullable = false)
    private String partnerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private ReportKind kind;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PostArrivalReport() {}

    PostArrivalReport(
            AvrrReferral referral,
            ReportKind kind,
            LocalDate occurredOn,
            String notes,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.referralId = referral.id();
        this.caseId = referral.caseId();
        this.partnerId = referral.partnerId();
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.notes = notes == null || notes.isBlank() ? null : notes;
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

    public String partnerId() {
        return partnerId;
    }

    public ReportKind kind() {
        return kind;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String notes() {
        return notes;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
