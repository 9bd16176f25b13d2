package org.asylon.rsd.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * How and when the decision was notified, in which language, and what the applicant was told about
 * the appeal (UNHCR RSD Procedural Standards: written notification with the appeal information).
 */
@Embeddable
public class Notification {

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "notified_by")
    private String notifiedBy;

    /** ISO 639-3. */
    @Column(name = "notification_language")
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "notification_method")
    private NotificationMethod method;

    @Column(name = "appeal_info_given")
    private Boolean appealInformationGiven;

    /** The appeal information as given (standard text, not about the person's claim). */
    @Column(name = "appeal_info_text", length = 4000)
    private String appealInformationText;

    protected Notification() {}

    public Notification(
            Instant notifiedAt,
            String notifiedBy,
            String language,
            NotificationMethod method,
            boolean appealInformationGiven,
            String appealInformationText) {
        this.notifiedAt = notifiedAt;
        this.notifiedBy = notifiedBy;
        this.language = language;
        this.method = method;
        this.appealInformationGiven = appealInformationGiven;
        this.appealInformationText = appealInformationText;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public String notifiedBy() {
        return notifiedBy;
    }

    public String language() {
        return language;
    }

    public NotificationMethod method() {
        return method;
    }

    public boolean appealInformationGiven() {
        return Boolean.TRUE.equals(appealInformationGiven);
    }

    public String appealInformationText() {
        return appealInformationText;
    }
}
