package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * The decided outcome of an encounter; a refusal of entry names its ground and legal basis. An
 * outcome that the rules came to forbid before it was carried out (the person asked for protection,
 * or was found to be a child) is suspended, naming the rule; a supervisor's revision replaces it,
 * with the reasons and the outcome it revised.
 */
@Embeddable
public class Outcome {

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private OutcomeKind kind;

    @Column(name = "refusal_ground")
    private String refusalGround;

    @Column(name = "refusal_basis", length = 500)
    private String refusalBasis;

    @Column(name = "outcome_note", length = 2000)
    private String note;

    @Column(name = "outcome_decided_by")
    private String decidedBy;

    @Column(name = "outcome_decided_at")
    private Instant decidedAt;

    /**
     * Why a child is detained as a last resort: alternatives cannot work, the child's best
     * interests.
     */
    @Column(name = "detention_reasons", length = 2000)
    private String detentionReasons;

    @Column(name = "outcome_suspended_at")
    private Instant suspendedAt;

    @Column(name = "outcome_suspension_rule", length = 100)
    private String suspensionRule;

    @Column(name = "outcome_suspension_basis", length = 1000)
    private String suspensionBasis;

    @Column(name = "outcome_suspension_detail", length = 1000)
    private String suspensionDetail;

    @Column(name = "outcome_executed_at")
    private Instant executedAt;

    @Column(name = "outcome_executed_by")
    private String executedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome_revised_from", length = 50)
    private OutcomeKind revisedFrom;

    @Column(name = "outcome_revision_reasons", length = 2000)
    private String revisionReasons;

    protected Outcome() {}

    Outcome(
            OutcomeKind kind,
            String refusalGround,
            String refusalBasis,
            String note,
            String detentionReasons,
            String decidedBy,
            Instant decidedAt) {
        this.kind = kind;
        this.refusalGround = refusalGround;
        this.refusalBasis = refusalBasis;
        this.note = note;
        this.detentionReasons = detentionReasons;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    void suspend(String rule, String basis, String detail, Instant at) {
        this.suspendedAt = at;
        this.suspensionRule = rule;
        this.suspensionBasis = basis;
        this.suspensionDetail = detail;
    }

    void execute(String by, Instant at) {
        this.executedBy = by;
        this.executedAt = at;
    }

    void revises(OutcomeKind previous, String reasons) {
        this.revisedFrom = previous;
        this.revisionReasons = reasons;
    }

    /** Decided, suspended (cannot be carried out until revised) or carried out. */
    public OutcomeStatus status() {
        if (executedAt != null) {
            return OutcomeStatus.EXECUTED;
        }
        return suspendedAt != null ? OutcomeStatus.SUSPENDED : OutcomeStatus.DECIDED;
    }

    public OutcomeKind kind() {
        return kind;
    }

    public String refusalGround() {
        return refusalGround;
    }

    public String refusalBasis() {
        return refusalBasis;
    }

    public String note() {
        return note;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String detentionReasons() {
        return detentionReasons;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public String suspensionRule() {
        return suspensionRule;
    }

    public String suspensionBasis() {
        return suspensionBasis;
    }

    public String suspensionDetail() {
        return suspensionDetail;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public String executedBy() {
        return executedBy;
    }

    public OutcomeKind revisedFrom() {
        return revisedFrom;
    }

    public String revisionReasons() {
        return revisionReasons;
    }
}
