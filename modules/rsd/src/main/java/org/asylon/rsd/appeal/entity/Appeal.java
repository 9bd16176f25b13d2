package org.asylon.rsd.appeal.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.InadmissibilityGround;
import org.asylon.rsd.decision.entity.LegalBasis;

/**
 * An appeal against a first-instance decision, from its receipt by the appeal body to its decision.
 * A late appeal is recorded with the window's last day and the days late, never refused; lodged
 * after the decision became final it waits for the appeal body to admit it out of time. Whoever
 * admits or decides it, it refuses an officer who took part in the first instance ({@value
 * #INDEPENDENCE}). The reasons of the appeal decision (and of an admission) are RSD content.
 */
@Entity
@Table(name = "rsd_appeal")
public class Appeal {

    /**
     * The appeal is decided by someone other than whoever decided, reviewed or examined the claim.
     */
    public static final String INDEPENDENCE = "rsd.appeal.independence";

    public static final String INDEPENDENCE_BASIS =
            "Right to an effective remedy before an independent decision-maker;"
                    + " UNHCR RSD Procedural Standards (2005) section 7.1.1: the appeal is decided by an Eligibility Officer"
                    + " other than the one who heard the claim and took the first-instance decision [secondary source]";

    @Id private String id;

    @Version private long version;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    /** The first-instance decision appealed against. */
    @Column(name = "decision_id", nullable = false)
    private String decisionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AppealStatus status;

    /** Receipt of the appeal by the appeal body (anchor appeal.lodged). */
    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    /** The last day of the appeal window, as computed at notification. */
    @Column(name = "window_last_day", nullable = false)
    private LocalDate windowLastDay;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "days_late", nullable = false)
    private int daysLate;

    /** Lodged when the decision was already final (the window had passed). */
    @Column(name = "after_finality", nullable = false)
    private boolean afterFinality;

    /**
     * The application's track when the appeal was lodged; it selects the suspensive-effect rule.
     */
    @Column(name = "track")
    private String track;

    @Embedded private Suspension suspension;

    @Column(name = "decision_deadline")
    private LocalDate decisionDeadline;

    @Column(name = "decision_deadline_rule")
    private String decisionDeadlineRule;

    @Column(name = "decision_deadline_explanation", length = 2000)
    private String decisionDeadlineExplanation;

    @Column(name = "admitted_by")
    private String admittedBy;

    @Column(name = "admitted_at")
    private Instant admittedAt;

    @Lob
    @Column(name = "admission_reasons")
    private String admissionReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "result")
    private AppealResult result;

    /** For OVERTURN: the appeal body's own outcome. */
    @Enumerated(EnumType.STRING)
    @Column(name = "new_outcome")
    private Outcome newOutcome;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "code", column = @Column(name = "new_legal_basis")),
        @AttributeOverride(name = "rule", column = @Column(name = "new_legal_basis_rule")),
        @AttributeOverride(
                name = "text",
                column = @Column(name = "new_legal_basis_text", length = 1000)),
        @AttributeOverride(name = "status", column = @Column(name = "new_legal_basis_status"))
    })
    private LegalBasis newLegalBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_inadmissibility_ground")
    private InadmissibilityGround newInadmissibilityGround;

    @Column(name = "new_country")
    private String newCountry;

    @Lob
    @Column(name = "reasons")
    private String reasons;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Appeal() {}

    /**
     * @param afterFinality the decision had become final when the appeal was recorded
     * @param awaitingAdmission lodged after the window: the appeal body decides whether to admit it
     * @param suspension the effect on removal; null while the appeal awaits admission
     */
    public Appeal(
            String applicationId,
            String decisionId,
            Instant lodgedAt,
            String recordedBy,
            LocalDate windowLastDay,
            int daysLate,
            boolean afterFinality,
            boolean awaitingAdmission,
            String track,
            Suspension suspension) {
        this.id = UUID.randomUUID().toString();
        this.applicationId = applicationId;
        this.decisionId = decisionId;
        this.lodgedAt = lodgedAt;
        this.recordedBy = recordedBy;
        this.windowLastDay = windowLastDay;
        this.daysLate = Math.max(0, daysLate);
        this.late = daysLate > 0;
        this.afterFinality = afterFinality;
        this.track = track;
        this.suspension = suspension;
        this.status = awaitingAdmission ? AppealStatus.AWAITING_ADMISSION : AppealStatus.PENDING;
    }

    public void decisionDeadline(LocalDate due, String rule, String explanation) {
        decisionDeadline = due;
        decisionDeadlineRule = rule;
        decisionDeadlineExplanation = explanation;
    }

    /**
     * The appeal body admits a late appeal out of time: it is pending, with the profile's
     * suspensive effect.
     */
    public void admit(
            String officer,
            String why,
            Instant at,
            Suspension effect,
            FirstInstance firstInstance) {
        requireStatus(AppealStatus.AWAITING_ADMISSION, "admit");
        requireIndependent(officer, firstInstance);
        Decision.requireReasons(why);
        admittedBy = officer;
        admittedAt = at;
        admissionReasons = why.strip();
        suspension = effect;
        status = AppealStatus.PENDING;
    }

    /** The appeal body does not admit a late appeal: the decision stays final. */
    public void notAdmitted(String officer, String why, Instant at, FirstInstance firstInstance) {
        requireStatus(AppealStatus.AWAITING_ADMISSION, "refuse to admit");
        requireIndependent(officer, firstInstance);
        Decision.requireReasons(why);
        decided(AppealResult.NOT_ADMITTED, why, officer, at);
    }

    public void confirm(String why, String officer, Instant at, FirstInstance firstInstance) {
        requireStatus(AppealStatus.PENDING, "decide");
        requireIndependent(officer, firstInstance);
        decided(AppealResult.CONFIRM, why, officer, at);
    }

    public void remit(String why, String officer, Instant at, FirstInstance firstInstance) {
        requireStatus(AppealStatus.PENDING, "decide");
        requireIndependent(officer, firstInstance);
        decided(AppealResult.REMIT, why, officer, at);
    }

    public void overturn(
            Outcome outcome,
            LegalBasis basis,
            InadmissibilityGround ground,
            String country,
            String why,
            String officer,
            Instant at,
            FirstInstance firstInstance) {
        requireStatus(AppealStatus.PENDING, "decide");
        requireIndependent(officer, firstInstance);
        decided(AppealResult.OVERTURN, why, officer, at);
        newOutcome = outcome;
        newLegalBasis = basis;
        newInadmissibilityGround = ground;
        newCountry = country;
    }

    private void decided(AppealResult what, String why, String officer, Instant at) {
        Decision.requireReasons(why);
        result = what;
        reasons = why.strip();
        decidedBy = officer;
        decidedAt = at;
        status = AppealStatus.DECIDED;
    }

    /**
     * Refuses (422, naming {@value #INDEPENDENCE} and its basis) an officer who took part in the
     * first instance of this appeal's claim. Every admission and decision of the appeal checks it;
     * a desk may ask first, so that this rule is the one an insider is told about.
     *
     * @param firstInstance the first instance of this appeal's claim, with the decision appealed
     *     against
     */
    public void requireIndependent(String officer, FirstInstance firstInstance) {
        if (!firstInstance.applicationId().equals(applicationId)
                || !firstInstance.decisionIds().contains(decisionId)) {
            throw new IllegalArgumentException(
                    "appeal "
                            + id
                            + " against decision "
                            + decisionId
                            + " on application "
                            + applicationId
                            + " needs the first instance of that claim, not of application "
                            + firstInstance.applicationId()
                            + " with decisions "
                            + firstInstance.decisionIds());
        }
        List<String> parts = firstInstance.partOf(officer);
        if (!parts.isEmpty()) {
            throw ProblemException.ruleViolated(
                    INDEPENDENCE,
                    INDEPENDENCE_BASIS,
                    officer
                            + " "
                            + String.join(" and ", parts.stream().distinct().toList())
                            + ", so cannot decide the appeal on application "
                            + applicationId
                            + ": another appeal officer must.");
        }
    }

    private void requireStatus(AppealStatus expected, String action) {
        if (status != expected) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Cannot "
                            + action
                            + " appeal "
                            + id
                            + ": it is "
                            + status
                            + " (needs "
                            + expected
                            + ").");
        }
    }

    /** Whether the appeal suspends removal now: pending, and suspensive by the profile's rule. */
    public boolean suspendsRemoval() {
        return status == AppealStatus.PENDING && suspension() != null && suspension().suspensive();
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

    public String decisionId() {
        return decisionId;
    }

    public AppealStatus status() {
        return status;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public LocalDate windowLastDay() {
        return windowLastDay;
    }

    public boolean late() {
        return late;
    }

    public int daysLate() {
        return daysLate;
    }

    public boolean afterFinality() {
        return afterFinality;
    }

    public String track() {
        return track;
    }

    /** The suspensive effect and its rule, or null while the appeal awaits admission. */
    public Suspension suspension() {
        return suspension == null || suspension.rule() == null ? null : suspension;
    }

    public LocalDate decisionDeadline() {
        return decisionDeadline;
    }

    public String decisionDeadlineRule() {
        return decisionDeadlineRule;
    }

    public String decisionDeadlineExplanation() {
        return decisionDeadlineExplanation;
    }

    public String admittedBy() {
        return admittedBy;
    }

    public Instant admittedAt() {
        return admittedAt;
    }

    /** RSD content. */
    public String admissionReasons() {
        return admissionReasons;
    }

    public AppealResult result() {
        return result;
    }

    public Outcome newOutcome() {
        return newOutcome;
    }

    public LegalBasis newLegalBasis() {
        return newLegalBasis == null || newLegalBasis.code() == null ? null : newLegalBasis;
    }

    public InadmissibilityGround newInadmissibilityGround() {
        return newInadmissibilityGround;
    }

    public String newCountry() {
        return newCountry;
    }

    /** RSD content: read it only after {@code CaseAccess.requireContent}. */
    public String reasons() {
        return reasons;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
