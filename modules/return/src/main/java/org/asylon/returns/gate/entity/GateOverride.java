package org.asylon.returns.gate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An override of one bar of the gate for one step of one case, decided by a named authority with
 * written reasons, where the profile lets that bar be overridden. It is used once, by the next pass
 * of the gate for that step, and never again: a new bar, or a new attempt after a failed one that
 * used it, needs a new decision.
 */
@Entity
@Table(name = "gate_override")
public class GateOverride {

    @Id private String id;

    @Version private long version;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private ExecutionStep step;

    /** The rule of the bar overridden, e.g. return.gate.subsequent-application-pending. */
    @Column(name = "rule", nullable = false)
    private String rule;

    /** The authority that decided, by office (e.g. "Director of Returns, Ministry of Interior"). */
    @Column(name = "authority", nullable = false, length = 300)
    private String authority;

    @Column(name = "decision_reference", length = 200)
    private String decisionReference;

    @Column(name = "reasons", nullable = false)
    private String reasons;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "used_by_check")
    private String usedByCheck;

    protected GateOverride() {}

    public GateOverride(
            String caseId,
            ExecutionStep step,
            String rule,
            String authority,
            String decisionReference,
            String reasons,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.step = step;
        this.rule = rule;
        this.authority = authority;
        this.decisionReference = decisionReference;
        this.reasons = reasons;
        this.recordedBy = by;
        this.decidedAt = at;
    }

    /** Spends the override on a pass of the gate. */
    public void usedBy(String checkId) {
        this.usedByCheck = checkId;
    }

    public boolean unused() {
        return usedByCheck == null;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String caseId() {
        return caseId;
    }

    public ExecutionStep step() {
        return step;
    }

    public String rule() {
        return rule;
    }

    public String authority() {
        return authority;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public String reasons() {
        return reasons;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String usedByCheck() {
        return usedByCheck;
    }
}
