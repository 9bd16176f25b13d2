package org.asylon.readmission.transfer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * The transfer that follows an accepted request, on both sides. The sending side (this state asked)
 * decides it, notifies the person, waits for an appeal with suspensive effect, and executes it
 * after the protection check; the receiving side expects it. The period runs from the acceptance,
 * or from the final decision on a suspensive appeal, and is extended for imprisonment or
 * absconding; when it runs out the transfer lapses, and the regime says who is responsible then.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    @Id private String id;

    @Version private long version;

    @Column(name = "request_id", nullable = false)
    private String requestId;

    /** Whether this state sends the person (it asked) rather than receives them. */
    @Column(name = "sending", nullable = false)
    private boolean sending;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private TransferState state;

    @Column(name = "accepted_at", nullable = false)
    private Instant acceptedAt;

    /**
     * Where the transfer period runs from: the acceptance, or a final suspensive-appeal decision.
     */
    @Column(name = "period_start", nullable = false)
    private Instant periodStart;

    @Enumerated(EnumType.STRING)
    @Column(name = "extension", nullable = false)
    private Extension extension;

    @Column(name = "extension_reasons", length = 2000)
    private String extensionReasons;

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "deadline_rule", nullable = false)
    private String deadlineRule;

    /** When the transfer decision is due (AMMR Art 42(1)), where the regime sets a limit. */
    @Column(name = "decision_due_at")
    private Instant decisionDueAt;

    @Column(name = "decision_rule")
    private String decisionRule;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    @Column(name = "appeal_due_at")
    private Instant appealDueAt;

    @Column(name = "appeal_rule")
    private String appealRule;

    @Column(name = "appeal_lodged_at")
    private Instant appealLodgedAt;

    @Column(name = "appeal_suspensive", nullable = false)
    private boolean appealSuspensive;

    @Column(name = "appeal_decided_at")
    private Instant appealDecidedAt;

    @Column(name = "appeal_upheld")
    private Boolean appealUpheld;

    @Column(name = "executed_at")
    private Instant executedAt;

    @Column(name = "executed_by")
    private String executedBy;

    @Column(name = "check_id")
    private String checkId;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    protected Transfer() {}

    public Transfer(String requestId, boolean sending, Instant acceptedAt) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.sending = sending;
        this.acceptedAt = acceptedAt;
        this.periodStart = acceptedAt;
        this.extension = Extension.NONE;
        this.state = sending ? TransferState.AWAITING_DECISION : TransferState.EXPECTED;
    }

    /**
     * The partner's express acceptance, given in time, replaces the tacit one this state applied:
     * the period runs from it.
     */
    public void acceptedExpressly(Instant at) {
        if (!state.open()) {
            throw conflict("accepted again");
        }
        this.acceptedAt = at;
        this.periodStart = at;
    }

    /** When the transfer decision is due and the rule that says so. */
    public void decisionDue(Instant at, String rule) {
        this.decisionDueAt = at;
        this.decisionRule = rule;
    }

    /** The transfer period's end and the rule that gives it. */
    public void deadline(Instant at, String rule) {
        this.deadlineAt = at;
        this.deadlineRule = rule;
    }

    public void decide(
            Instant notifiedAt, Instant appealDue, String appealRule, String by, Instant at) {
        requireSending();
        if (state != TransferState.AWAITING_DECISION) {
            throw conflict("decided");
        }
        this.state = TransferState.DECIDED;
        this.decidedAt = at;
        this.decidedBy = by;
        this.notifiedAt = notifiedAt;
        this.appealDueAt = appealDue;
        this.appealRule = appealRule;
    }

    public void appealLodged(Instant at, boolean suspensive) {
        requireSending();
        if (state != TransferState.DECIDED || appealLodgedAt != null) {
            throw conflict("appealed");
        }
        this.appealLodgedAt = at;
        this.appealSuspensive = suspensive;
    }

    /** The appeal was decided. Upheld, the transfer is cancelled. */
    public void appealDecided(boolean upheld, String by, Instant at) {
        if (appealLodgedAt == null || appealDecidedAt != null) {
            throw conflict("given an appeal decision");
        }
        this.appealDecidedAt = at;
        this.appealUpheld = upheld;
        if (upheld) {
            end(TransferState.CANCELLED, by, at);
        }
    }

    /**
     * The period runs again from {@code at}: the final decision on a suspensive appeal, where the
     * regime says so (the caller sets the new deadline).
     */
    public void restartPeriod(Instant at) {
        this.periodStart = at;
    }

    public boolean appealPending() {
        return appealLodgedAt != null && appealDecidedAt == null;
    }

    public void extend(Extension why, String reasons) {
        if (!state.open()) {
            throw conflict("extended");
        }
        if (extension != Extension.NONE) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The transfer period was already extended (" + extension + ").");
        }
        this.extension = why;
        this.extensionReasons = reasons;
    }

    public void executed(String checkId, String by, Instant at) {
        if (sending && state != TransferState.DECIDED
                || !sending && state != TransferState.EXPECTED) {
            throw conflict("executed");
        }
        this.checkId = checkId;
        this.executedAt = at;
        this.executedBy = by;
        this.state = TransferState.EXECUTED;
    }

    public void lapse(String by, Instant at) {
        if (!state.open()) {
            throw conflict("lapsed");
        }
        end(TransferState.LAPSED, by, at);
    }

    public void cancel(String by, Instant at) {
        if (!state.open()) {
            throw conflict("cancelled");
        }
        end(TransferState.CANCELLED, by, at);
    }

    private void end(TransferState to, String by, Instant at) {
        this.state = to;
        this.endedAt = at;
        this.endedBy = by;
    }

    private void requireSending() {
        if (!sending) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "This state receives the person: the transfer is decided by the partner state.");
        }
    }

    private ProblemException conflict(String what) {
        return new ProblemException(
                ProblemType.CONFLICT, "The transfer is " + state + " and cannot be " + what + ".");
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String requestId() {
        return requestId;
    }

    public boolean sending() {
        return sending;
    }

    public TransferState state() {
        return state;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant periodStart() {
        return periodStart;
    }

    public Extension extension() {
        return extension;
    }

    public String extensionReasons() {
        return extensionReasons;
    }

    public Instant deadlineAt() {
        return deadlineAt;
    }

    public String deadlineRule() {
        return deadlineRule;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public String decisionRule() {
        return decisionRule;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant appealDueAt() {
        return appealDueAt;
    }

    public String appealRule() {
        return appealRule;
    }

    public Instant appealLodgedAt() {
        return appealLodgedAt;
    }

    public boolean appealSuspensive() {
        return appealSuspensive;
    }

    public Instant appealDecidedAt() {
        return appealDecidedAt;
    }

    public Boolean appealUpheld() {
        return appealUpheld;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public String executedBy() {
        return executedBy;
    }

    public String checkId() {
        return checkId;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }
}
