package org.asylon.rsd.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * One person's application for international protection: the aggregate root of the module. It keeps
 * the three dates that anchor deadlines (made, registered, lodged), the track, who holds the file
 * (officer, second reviewer, appeal officer, legal representative) and the stage. A dependant has
 * an application of their own that points at the principal's; with {@code ownClaim} false they are
 * covered by the principal's claim.
 */
@Entity
@Table(name = "asylum_application")
public class AsylumApplication {

    /**
     * A claim with a first-instance decision is not withdrawn: it ends with the decision (or the
     * appeal).
     */
    public static final String WITHDRAWAL_AFTER_DECISION = "rsd.withdrawal.after-decision";

    /** A withdrawal never ends an appeal that the appeal body has before it. */
    public static final String WITHDRAWAL_PENDING_APPEAL = "rsd.withdrawal.pending-appeal";

    static final String AFTER_DECISION_BASIS =
            "A withdrawal (explicit or implicit) ends the examination of a claim"
                    + " in place of a decision: the Asylum Procedure Regulation (EU) 2024/1348, Art 67(7) lists implicit-"
                    + "withdrawal decisions among the first-instance decisions that may be appealed (expected, unconfirmed)";
    static final String APPEAL_BASIS =
            "Right to an effective remedy before an independent decision-maker (CJEU"
                    + " C-564/18 LH); UNHCR RSD Procedural Standards (2005) section 7.1.1 [secondary source]; non-refoulement"
                    + " while a suspensive appeal is pending (docs/architecture.md, invariant 1)";

    @Id private String id;

    @Version private long version;

    /** The reception arrival this application came from (reception's asylum referral), if any. */
    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    /**
     * 0 for the first application; for a subsequent application one more than the earlier one's.
     */
    @Column(name = "renewal", nullable = false)
    private int renewal;

    /**
     * For a subsequent application (asylum.renewed-request), the withdrawn application it follows.
     */
    @Column(name = "earlier_application_id")
    private String earlierApplicationId;

    /** When the claim was withdrawn or became final (its latest closing). */
    @Column(name = "closed_at")
    private Instant closedAt;

    /** When a withdrawn claim was last reopened on a renewed request. */
    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "principal_id")
    private String principalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship")
    private Relationship relationship;

    @Column(name = "own_claim", nullable = false)
    private boolean ownClaim = true;

    @Embedded private Person person;

    @Embedded private InterpreterNeeds interpreter;

    @Column(name = "unaccompanied_child", nullable = false)
    private boolean unaccompaniedChild;

    /**
     * Needs that call for procedural guarantees (APR Art 20-23; UNHCR: survivors of torture,
     * trauma...).
     */
    @Column(name = "special_procedural_needs", nullable = false)
    private boolean specialProceduralNeeds;

    /**
     * Reception's specific-needs categories, as published (codes only, never the assessor's notes).
     */
    @Column(name = "vulnerabilities", length = 1000)
    private String vulnerabilities;

    @Column(name = "priority", nullable = false)
    private boolean priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private Stage stage;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "made_where", nullable = false)
    private MadeWhere madeWhere;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "lodged_at")
    private Instant lodgedAt;

    @Embedded private TrackAssignment track;

    @Column(name = "assigned_officer")
    private String assignedOfficer;

    @Column(name = "reviewer")
    private String reviewer;

    @Column(name = "appeal_officer")
    private String appealOfficer;

    @Column(name = "representative")
    private String representative;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AsylumApplication() {}

    public AsylumApplication(
            String sourceArrivalId,
            Person person,
            InterpreterNeeds interpreter,
            Instant madeAt,
            MadeWhere madeWhere,
            String createdBy,
            Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.sourceArrivalId = sourceArrivalId;
        this.person = person;
        this.interpreter = interpreter == null ? InterpreterNeeds.none() : interpreter;
        this.madeAt = madeAt;
        this.madeWhere = madeWhere;
        this.stage = Stage.MADE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Makes this the application of a dependant of {@code principal}, with or without a claim of
     * their own.
     */
    public void dependantOf(
            AsylumApplication principal, Relationship relationship, boolean ownClaim) {
        if (principal.principalId != null) {
            throw ProblemException.invalidField(
                    "principalId",
                    "application "
                            + principal.id
                            + " is itself a dependant's; name the principal applicant's");
        }
        if (principal.id.equals(id)) {
            throw ProblemException.invalidField(
                    "principalId", "an applicant cannot be their own dependant");
        }
        this.principalId = principal.id;
        this.relationship = relationship;
        this.ownClaim = ownClaim;
    }

    public void register(Instant at) {
        requireStage(Stage.MADE, "register");
        requireNotBefore(at, madeAt, "registeredAt", "made");
        registeredAt = at;
        stage = Stage.REGISTERED;
    }

    public void lodge(Instant at) {
        requireStage(Stage.REGISTERED, "lodge");
        requireNotBefore(at, registeredAt, "lodgedAt", "registered");
        lodgedAt = at;
        stage = Stage.LODGED;
    }

    /** Reception's vulnerability assessment (categories and priority flag only). */
    public void noteVulnerabilities(Collection<String> categories, boolean priorityFlag) {
        Set<String> all = new TreeSet<>(vulnerabilities());
        all.addAll(categories);
        vulnerabilities = String.join(",", all);
        priority = priority || priorityFlag;
        // SC (unaccompanied or separated child) or one of its sub-codes; reception's former name
        // also counts
        if (all.stream()
                .map(SpecificNeeds::resolve)
                .flatMap(Optional::stream)
                .anyMatch(need -> need.category().equals("SC"))) {
            unaccompaniedChild = true;
        }
    }

    /**
     * The interview language and same-gender requests, as found out after the application was
     * opened (an application from reception's feed arrives without them). Interviews booked
     * afterwards honour them; one already booked is rescheduled by the officer.
     */
    public void recordInterpreterNeeds(InterpreterNeeds needs) {
        if (!stage.pending()) {
            throw conflict(
                    "The application is " + stage + ": there is no interview left to prepare.");
        }
        interpreter = needs;
    }

    public void markUnaccompaniedChild() {
        unaccompaniedChild = true;
    }

    public void markSpecialProceduralNeeds(boolean needs) {
        specialProceduralNeeds = needs;
    }

    public void assignTrack(TrackAssignment assignment) {
        if (!stage.pending() || stage.compareTo(Stage.DECIDED) >= 0) {
            throw conflict("The track can no longer change: the application is " + stage + ".");
        }
        track = assignment;
    }

    public void assignOfficer(String officer) {
        assignedOfficer = officer;
    }

    public void assignReviewer(String user) {
        reviewer = user;
    }

    public void assignAppealOfficer(String user) {
        appealOfficer = user;
    }

    public void representedBy(String user) {
        representative = user;
    }

    /** A first-instance decision has been taken (not yet notified). */
    public void decided(Outcome first) {
        if (stage != Stage.LODGED && stage != Stage.REGISTERED) {
            throw conflict(
                    "A first-instance decision needs a registered or lodged application; it is "
                            + stage
                            + ".");
        }
        outcome = first;
        stage = Stage.DECIDED;
    }

    public void notified() {
        requireStage(Stage.DECIDED, "notify the decision of");
        stage = Stage.NOTIFIED;
    }

    public void appealed() {
        requireStage(Stage.NOTIFIED, "appeal");
        stage = Stage.APPEALED;
    }

    /**
     * An appeal reopens a final decision: one received in time but recorded after the window was
     * taken as passed, or a late one the appeal body admits out of time (see {@code
     * AppealDesk.lodge}).
     */
    public void appealedAfterFinality() {
        requireStage(Stage.FINAL, "reopen on appeal");
        stage = Stage.APPEALED;
    }

    /**
     * The decision can no longer be challenged (appeal window passed, appeal decided, or no
     * appeal).
     */
    public void finalised(Outcome finalOutcome, Instant at) {
        if (stage != Stage.NOTIFIED && stage != Stage.APPEALED) {
            throw conflict(
                    "Only a notified or appealed decision can become final; the application is "
                            + stage
                            + ".");
        }
        outcome = finalOutcome;
        stage = Stage.FINAL;
        closedAt = at;
    }

    /** An appeal remitted the case: it returns to first-instance examination. */
    public void remitted() {
        requireStage(Stage.APPEALED, "remit");
        outcome = null;
        stage = lodgedAt != null ? Stage.LODGED : Stage.REGISTERED;
    }

    /**
     * The applicant withdraws the claim (WITHDRAWN), or the authority finds it implicitly
     * withdrawn. Only a claim still under first-instance examination can be withdrawn: once
     * protection has been granted it ends only by the procedures of {@code ending} (refused naming
     * that rule); once a first-instance decision has been taken the claim ends with it — final when
     * the appeal window passes or with the appeal — so that a desk action can neither replace the
     * decision ({@value #WITHDRAWAL_AFTER_DECISION}) nor silently end an appeal that the appeal
     * body has before it ({@value #WITHDRAWAL_PENDING_APPEAL}).
     */
    public void withdraw(Outcome how, ProtectionEnding ending, Instant at) {
        if (how != Outcome.WITHDRAWN && how != Outcome.IMPLICITLY_WITHDRAWN) {
            throw ProblemException.invalidField(
                    "outcome", "a withdrawal is WITHDRAWN or IMPLICITLY_WITHDRAWN");
        }
        if (outcome != null && outcome.protects()) {
            throw ProblemException.ruleViolated(
                    ending.rule(),
                    ending.basis(),
                    "Application "
                            + id
                            + " is "
                            + stage
                            + " with "
                            + outcome
                            + ": protection granted by a decision ends only by "
                            + String.join(" or ", ending.procedures())
                            + " ("
                            + ending.rule()
                            + "), a procedure of its own that"
                            + " this module does not carry out; a withdrawal cannot end it.");
        }
        if (stage == Stage.APPEALED) {
            throw ProblemException.ruleViolated(
                    WITHDRAWAL_PENDING_APPEAL,
                    APPEAL_BASIS,
                    "Application "
                            + id
                            + " is APPEALED: the appeal is before the appeal body, which decides it; a withdrawal at the RSD"
                            + " desk would end the appeal (and its suspensive effect) without its decision. The claim ends with"
                            + " the appeal decision.");
        }
        if (stage == Stage.DECIDED || stage == Stage.NOTIFIED) {
            throw ProblemException.ruleViolated(
                    WITHDRAWAL_AFTER_DECISION,
                    AFTER_DECISION_BASIS,
                    "Application "
                            + id
                            + " is "
                            + stage
                            + " with a first-instance decision ("
                            + outcome
                            + "): the examination is over and"
                            + " the claim ends with that decision, final once the appeal window has passed without an appeal"
                            + " or with the appeal decision. A withdrawal cannot replace it.");
        }
        if (!stage.pending()) {
            throw conflict("The application is already " + stage + ".");
        }
        outcome = how;
        stage = Stage.WITHDRAWN;
        closedAt = at;
    }

    /**
     * Whether a renewed request for protection follows this claim (asylum.renewed-request): it was
     * withdrawn at the desk, or closed by a final decision that it was withdrawn.
     */
    public boolean renewable() {
        return stage == Stage.WITHDRAWN
                || stage == Stage.FINAL
                        && (outcome == Outcome.WITHDRAWN
                                || outcome == Outcome.IMPLICITLY_WITHDRAWN);
    }

    /**
     * The person asks again and the profile reopens the claim: it is examined again where it
     * stopped (made, registered or lodged, as its dates say), its track and time limits standing.
     * Only a claim withdrawn at the desk reopens; one closed by a decision is followed by a
     * subsequent application instead.
     */
    public void reopen(Instant at) {
        if (stage != Stage.WITHDRAWN) {
            throw conflict(
                    "Application "
                            + id
                            + " is "
                            + stage
                            + ": only a withdrawn claim is reopened"
                            + (renewable()
                                    ? " (a decision closed this one: a renewed request is a subsequent application)"
                                    : "")
                            + ".");
        }
        requireNotBefore(at, closedAt == null ? madeAt : closedAt, "at", "withdrawn");
        outcome = null;
        stage =
                lodgedAt != null
                        ? Stage.LODGED
                        : registeredAt != null ? Stage.REGISTERED : Stage.MADE;
        reopenedAt = at;
    }

    /**
     * Makes this the subsequent application of {@code earlier}, a withdrawn claim of the same
     * person.
     */
    public void subsequentTo(AsylumApplication earlier) {
        if (!earlier.renewable()) {
            throw conflict(
                    "Application "
                            + earlier.id
                            + " is "
                            + earlier.stage
                            + (earlier.outcome == null ? "" : " with " + earlier.outcome)
                            + ": a subsequent application follows a withdrawn claim.");
        }
        earlierApplicationId = earlier.id;
        renewal = earlier.renewal + 1;
    }

    private void requireStage(Stage expected, String action) {
        if (stage != expected) {
            throw conflict(
                    "Cannot "
                            + action
                            + " an application that is "
                            + stage
                            + " (needs "
                            + expected
                            + ").");
        }
    }

    private static void requireNotBefore(Instant at, Instant earlier, String field, String what) {
        if (at.isBefore(earlier)) {
            throw ProblemException.invalidField(
                    field, "is before the application was " + what + " (" + earlier + ")");
        }
    }

    private static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public String principalId() {
        return principalId;
    }

    public int renewal() {
        return renewal;
    }

    public String earlierApplicationId() {
        return earlierApplicationId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public Relationship relationship() {
        return relationship;
    }

    public boolean ownClaim() {
        return ownClaim;
    }

    public Person person() {
        return person;
    }

    public InterpreterNeeds interpreter() {
        return interpreter;
    }

    public boolean unaccompaniedChild() {
        return unaccompaniedChild;
    }

    public boolean specialProceduralNeeds() {
        return specialProceduralNeeds;
    }

    public List<String> vulnerabilities() {
        return Person.split(vulnerabilities);
    }

    public boolean priority() {
        return priority;
    }

    public Stage stage() {
        return stage;
    }

    public Instant madeAt() {
        return madeAt;
    }

    public MadeWhere madeWhere() {
        return madeWhere;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    /** The track, or null before triage (EclipseLink may load an empty embeddable). */
    public TrackAssignment track() {
        return track == null || track.track() == null ? null : track;
    }

    public String assignedOfficer() {
        return assignedOfficer;
    }

    public String reviewer() {
        return reviewer;
    }

    public String appealOfficer() {
        return appealOfficer;
    }

    public String representative() {
        return representative;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
