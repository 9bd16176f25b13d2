package org.asylon.returns.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Return's projection of one RSD claim: the state RSD reported in its latest event (the feed is in
 * commit order, so the latest applied event is the claim's state) and the times the gate needs to
 * tell whether a later request for protection is part of this claim. Never any RSD content.
 */
@Entity
@Table(name = "rsd_claim")
public class RsdClaim {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Version private long version;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    /** The earlier application this one is subsequent to, if any. */
    @Column(name = "subsequent_to")
    private String subsequentTo;

    @Column(name = "stage", nullable = false)
    private String stage;

    @Column(name = "claim_pending", nullable = false)
    private boolean claimPending;

    /** The latest {@code suspensiveAppealPending} RSD reported; null while none was. */
    @Column(name = "suspensive_appeal_pending")
    private Boolean suspensiveAppealPending;

    /** The profile rule RSD named for the appeal's suspensive effect. */
    @Column(name = "suspensive_rule")
    private String suspensiveRule;

    /** A late appeal after finality that the appeal body has not yet admitted or refused. */
    @Column(name = "awaiting_admission", nullable = false)
    private boolean awaitingAdmission;

    @Column(name = "protection_granted", nullable = false)
    private boolean protectionGranted;

    @Column(name = "outcome")
    private String outcome;

    /** When the application was made, or reopened on a renewed request: the latest opening. */
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** When the claim stopped being pending after its latest opening (null while pending). */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    /**
     * Every time the claim was pending, oldest first: {@code O<from>/<to>} for a span the asylum
     * authority opened (the application made, or reopened on a renewed request), {@code
     * R<from>/<to>} for one resumed without a new request (a late appeal admitted); {@code <to>} is
     * empty while pending. A request joins the claim only if it was made in a span, or before a
     * span the authority opened — never because a late appeal was admitted after it.
     */
    @Column(name = "pending_spans", nullable = false, length = 4000)
    private String pendingSpans;

    /** Who the person is, as RSD's opening event named them (to open a case from a decision). */
    @Column(name = "surname")
    private String surname;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "date_of_birth")
    private String dateOfBirth;

    @Column(name = "sex")
    private String sex;

    @Column(name = "nationalities")
    private String nationalities;

    protected RsdClaim() {}

    public RsdClaim(String applicationId, Instant openedAt) {
        this.applicationId = applicationId;
        this.openedAt = openedAt;
        this.stage = "MADE";
        this.claimPending = true;
        this.reportedAt = openedAt;
        this.pendingSpans = "O" + openedAt + "/";
    }

    /** What one RSD event reports about the claim after its change. */
    public record Report(
            String stage,
            boolean claimPending,
            Boolean suspensiveAppealPending,
            String suspensiveRule,
            Boolean awaitingAdmission,
            boolean protectionGranted,
            String outcome,
            Instant reopenedAt,
            Instant at) {}

    /** Applies the claim's state as RSD reported it, in feed order. */
    public void report(Report r) {
        if (!claimPending && r.claimPending()) {
            // a reopening on a renewed request opens a span; a late appeal admitted resumes one
            boolean reopened = r.reopenedAt() != null;
            Instant from = reopened ? r.reopenedAt() : r.at();
            pendingSpans = pendingSpans + ";" + (reopened ? "O" : "R") + from + "/";
            if (reopened) {
                openedAt = from;
            }
            endedAt = null;
        } else if (claimPending && !r.claimPending()) {
            pendingSpans = pendingSpans + r.at();
            endedAt = r.at();
        }
        stage = r.stage() == null ? stage : r.stage();
        claimPending = r.claimPending();
        if (r.suspensiveAppealPending() != null) {
            suspensiveAppealPending = r.suspensiveAppealPending();
        }
        if (r.suspensiveRule() != null) {
            suspensiveRule = r.suspensiveRule();
        }
        if (r.awaitingAdmission() != null) {
            awaitingAdmission = r.awaitingAdmission();
        }
        protectionGranted = r.protectionGranted();
        outcome = r.outcome() == null ? outcome : r.outcome();
        reportedAt = r.at();
    }

    public void link(String arrivalId, String earlierApplicationId) {
        if (arrivalId != null) {
            this.sourceArrivalId = arrivalId;
        }
        if (earlierApplicationId != null) {
            this.subsequentTo = earlierApplicationId;
        }
    }

    /** Who the person is, as RSD named them when the application was opened. */
    public void person(
            String surname,
            String givenNames,
            String dateOfBirth,
            String sex,
            String nationalities) {
        this.surname = surname;
        this.givenNames = givenNames;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities = nationalities;
    }

    public String surname() {
        return surname;
    }

    public String givenNames() {
        return givenNames;
    }

    public String dateOfBirth() {
        return dateOfBirth;
    }

    public String sex() {
        return sex;
    }

    /** Comma-separated codes, or null. */
    public String nationalities() {
        return nationalities;
    }

    public String applicationId() {
        return applicationId;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public String subsequentTo() {
        return subsequentTo;
    }

    public String stage() {
        return stage;
    }

    public boolean claimPending() {
        return claimPending;
    }

    public Boolean suspensiveAppealPending() {
        return suspensiveAppealPending;
    }

    public String suspensiveRule() {
        return suspensiveRule;
    }

    public boolean awaitingAdmission() {
        return awaitingAdmission;
    }

    public boolean protectionGranted() {
        return protectionGranted;
    }

    public String outcome() {
        return outcome;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    /** The spans as written in {@link #pendingSpans}; see there. */
    public String pendingSpans() {
        return pendingSpans;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
