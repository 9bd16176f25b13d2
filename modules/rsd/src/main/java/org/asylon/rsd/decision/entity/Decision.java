package org.asylon.rsd.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.Outcome;

/**
 * A first-instance decision on one application: the outcome, its legal basis from the active
 * profile, the country for an inadmissibility decision, and the written reasons, which are RSD
 * content (read only through {@code CaseAccess}, never put on an event). With four-eyes review it
 * is a DRAFT until a second officer approves it; it is then ISSUED, notified, and final once the
 * appeal window has passed or an appeal has been decided.
 */
@Entity
@Table(name = "rsd_decision")
public class Decision {

    /**
     * Written reasons are required for every outcome (issue 5; UNHCR RSD Procedural Standards,
     * section 6).
     */
    public static final String REASONS_REQUIRED =
            "A decision without written reasons cannot be issued.";

    @Id private String id;

    @Version private long version;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private DecisionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DecisionStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private Outcome outcome;

    @Embedded private LegalBasis legalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "inadmissibility_ground")
    private InadmissibilityGround inadmissibilityGround;

    /** The first country of asylum or safe third country (ISO 3166-1 alpha-3 or ICAO code). */
    @Column(name = "country")
    private String country;

    @Column(name = "unhcr_reference")
    private String unhcrReference;

    @Column(name = "unhcr_decided_on")
    private LocalDate unhcrDecidedOn;

    @Lob
    @Column(name = "reasons", nullable = false)
    private String reasons;

    /** The legal profile the decision was taken under. */
    @Column(name = "profile", nullable = false)
    private String profile;

    @Column(name = "decided_by", nullable = false)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "four_eyes", nullable = false)
    private boolean fourEyes;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Lob
    @Column(name = "review_comments")
    private String reviewComments;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Embedded private Notification notification;

    @Embedded private AppealWindow appealWindow;

    protected Decision() {}

    /**
     * @param fourEyes true when the profile asks for a second officer's review: the decision is
     *     then a DRAFT; otherwise it is issued at once
     */
    public Decision(
            String applicationId,
            DecisionKind kind,
            Outcome outcome,
            LegalBasis legalBasis,
            InadmissibilityGround ground,
            String country,
            String unhcrReference,
            LocalDate unhcrDecidedOn,
            String reasons,
            String profile,
            String decidedBy,
            Instant decidedAt,
            boolean fourEyes) {
        requireReasons(reasons);
        this.id = UUID.randomUUID().toString();
        this.applicationId = applicationId;
        this.kind = kind;
        this.outcome = outcome;
        this.legalBasis = legalBasis;
        this.inadmissibilityGround = ground;
        this.country = country;
        this.unhcrReference = unhcrReference;
        this.unhcrDecidedOn = unhcrDecidedOn;
        this.reasons = reasons.strip();
        this.profile = profile;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.fourEyes = fourEyes;
        this.status = fourEyes ? DecisionStatus.DRAFT : DecisionStatus.ISSUED;
        this.issuedAt = fourEyes ? null : decidedAt;
    }

    /** Refuses blank reasons with a problem naming the field {@code reasons}. */
    public static void requireReasons(String reasons) {
        if (reasons == null || reasons.isBlank()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    REASONS_REQUIRED,
                    List.of(
                            new FieldError(
                                    "reasons",
                                    "is required and may not be blank: " + REASONS_REQUIRED)),
                    Map.of());
        }
    }

    /**
     * The second officer approves: the decision is issued. The officer who took it can never
     * approve it (four-eyes principle, rule {@code rule} of the profile with its {@code basis}).
     */
    public void approve(String reviewer, String comments, Instant at, String rule, String basis) {
        review(reviewer, rule, basis);
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewComments = blankToNull(comments);
        status = DecisionStatus.ISSUED;
        issuedAt = at;
    }

    /** The second officer sends the draft back with comments; the decider takes a new decision. */
    public void returnToDecider(
            String reviewer, String comments, Instant at, String rule, String basis) {
        review(reviewer, rule, basis);
        if (comments == null || comments.isBlank()) {
            throw ProblemException.invalidField("comments", "say why the decision is returned");
        }
        reviewedBy = reviewer;
        reviewedAt = at;
        reviewComments = comments.strip();
        status = DecisionStatus.RETURNED;
    }

    private void review(String reviewer, String rule, String basis) {
        if (status != DecisionStatus.DRAFT) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Decision "
                            + id
                            + " is "
                            + status
                            + "; only a draft waiting for review can be approved or returned.");
        }
        requireSecondOfficer(reviewer, rule, basis);
    }

    /**
     * Refuses (422, naming the profile's four-eyes {@code rule} and its {@code basis}) the officer
     * who took this decision as its reviewer. Approving and returning check it; a desk may ask
     * first, so that this rule is the one the decider is told about.
     */
    public void requireSecondOfficer(String reviewer, String rule, String basis) {
        if (reviewer.equals(decidedBy)) {
            throw ProblemException.ruleViolated(
                    rule,
                    basis,
                    reviewer
                            + " took this decision and cannot review it:"
                            + " a second officer must approve it before it is issued.");
        }
    }

    /** Records the notification with the appeal window computed from it. */
    /**
     * How far a notification time may fall outside [issue, now] and still be the time of an
     * immediate notification: the officer's clock runs a little ahead of the server's, or the form
     * sends whole minutes or seconds where the issue is stamped to the millisecond. The appeal
     * window counts in days, so this changes no deadline.
     */
    public static final Duration NOTIFICATION_TOLERANCE = Duration.ofMinutes(1);

    /**
     * The time the notification is recorded at: {@code requested} (default now), a time within
     * {@link #NOTIFICATION_TOLERANCE} before the issue taken as the issue and one within it after
     * now as now; any other time before the issue or in the future is refused, naming {@code
     * notifiedAt}.
     */
    public Instant notificationTime(Instant requested, Instant now) {
        if (requested == null) {
            return now.isBefore(issuedAt) ? issuedAt : now;
        }
        if (requested.isAfter(now.plus(NOTIFICATION_TOLERANCE))) {
            throw ProblemException.invalidField("notifiedAt", "is in the future");
        }
        if (requested.isBefore(issuedAt.minus(NOTIFICATION_TOLERANCE))) {
            throw ProblemException.invalidField(
                    "notifiedAt", "is before the decision was issued (" + issuedAt + ")");
        }
        Instant at = requested.isAfter(now) ? now : requested;
        return at.isBefore(issuedAt) ? issuedAt : at;
    }

    public void notified(Notification how, AppealWindow window) {
        if (status != DecisionStatus.ISSUED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Decision " + id + " is " + status + "; only an issued decision is notified.");
        }
        if (notification() != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Decision "
                            + id
                            + " was already notified on "
                            + notification().notifiedAt()
                            + ".");
        }
        if (how.notifiedAt().isBefore(issuedAt)) {
            throw ProblemException.invalidField(
                    "notifiedAt", "is before the decision was issued (" + issuedAt + ")");
        }
        notification = how;
        appealWindow = window;
    }

    /** An appeal remitted the case to first instance: this decision no longer stands. */
    public void setAside() {
        status = DecisionStatus.SET_ASIDE;
    }

    /** A decision that stands or may stand: a draft or an issued one. */
    public boolean live() {
        return status == DecisionStatus.DRAFT || status == DecisionStatus.ISSUED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String applicationId() {
        return applicationId;
    }

    public DecisionKind kind() {
        return kind;
    }

    public DecisionStatus status() {
        return status;
    }

    public Outcome outcome() {
        return outcome;
    }

    /**
     * The legal basis, or null where the outcome has none (EclipseLink may load an empty
     * embeddable).
     */
    public LegalBasis legalBasis() {
        return legalBasis == null || legalBasis.code() == null ? null : legalBasis;
    }

    public InadmissibilityGround inadmissibilityGround() {
        return inadmissibilityGround;
    }

    public String country() {
        return country;
    }

    public String unhcrReference() {
        return unhcrReference;
    }

    public LocalDate unhcrDecidedOn() {
        return unhcrDecidedOn;
    }

    /** RSD content: read it only after {@code CaseAccess.requireContent}. */
    public String reasons() {
        return reasons;
    }

    public String profile() {
        return profile;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public boolean fourEyes() {
        return fourEyes;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    /** RSD content, like the reasons. */
    public String reviewComments() {
        return reviewComments;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Notification notification() {
        return notification == null || notification.notifiedAt() == null ? null : notification;
    }

    public AppealWindow appealWindow() {
        return appealWindow == null || appealWindow.rule() == null ? null : appealWindow;
    }
}
