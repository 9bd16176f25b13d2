package org.asylon.rsd.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * That an appointment notice was issued: when, for which appointment (a rescheduled interview needs
 * a new notice), in which language it was explained, and how it reached the applicant. The notice
 * itself is printed in English; it is never machine-translated.
 */
@Entity
@Table(name = "interview_notice")
public class InterviewNotice {

    @Id private String id;

    @Column(name = "interview_id", nullable = false)
    private String interviewId;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    /** The appointment the notice announced. */
    @Column(name = "appointment_at", nullable = false)
    private Instant appointmentAt;

    /**
     * ISO 639-3 code of the language the notice was explained in; null if it was given in English
     * only.
     */
    @Column(name = "language")
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery", nullable = false)
    private Delivery delivery;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected InterviewNotice() {}

    public InterviewNotice(
            Interview interview,
            String language,
            Delivery delivery,
            String issuedBy,
            Instant issuedAt) {
        this.id = UUID.randomUUID().toString();
        this.interviewId = interview.id();
        this.applicationId = interview.applicationId();
        this.appointmentAt = interview.startsAt();
        this.language = language;
        this.delivery = delivery;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public String id() {
        return id;
    }

    public String interviewId() {
        return interviewId;
    }

    public String applicationId() {
        return applicationId;
    }

    public Instant appointmentAt() {
        return appointmentAt;
    }

    public String language() {
        return language;
    }

    public Delivery delivery() {
        return delivery;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }
}
