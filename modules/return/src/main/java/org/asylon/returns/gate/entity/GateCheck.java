package org.asylon.returns.gate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One pass of the gate, cleared or blocked, as it was at that moment: the step, the rules that
 * stood in the way, the notes on what did not, the overrides used, and the officer's check with the
 * asylum authority where one was given. Never changed afterwards.
 */
@Entity
@Table(name = "gate_check")
public class GateCheck {

    @Id private String id;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private ExecutionStep step;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "cleared", nullable = false)
    private boolean cleared;

    /** The rules that blocked the step, comma-separated (none when cleared). */
    @Column(name = "blocking_rules", length = 1000)
    private String blockingRules;

    /** The rules overridden by a named authority for this pass, comma-separated. */
    @Column(name = "overridden_rules", length = 1000)
    private String overriddenRules;

    /** What the officer is told: each bar's detail, and why what might have barred did not. */
    @Column(name = "explanation")
    private String explanation;

    @Column(name = "rsd_followed", nullable = false)
    private boolean rsdFollowed;

    @Column(name = "desk_source", length = 500)
    private String deskSource;

    @Column(name = "desk_reference", length = 200)
    private String deskReference;

    @Column(name = "desk_checked_at")
    private Instant deskCheckedAt;

    @Column(name = "desk_finding", length = 40)
    private String deskFinding;

    protected GateCheck() {}

    public GateCheck(
            String caseId,
            ExecutionStep step,
            boolean cleared,
            List<String> blockingRules,
            List<String> overriddenRules,
            String explanation,
            boolean rsdFollowed,
            Desk desk,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.caseId = caseId;
        this.step = step;
        this.cleared = cleared;
        this.blockingRules = blockingRules.isEmpty() ? null : String.join(",", blockingRules);
        this.overriddenRules = overriddenRules.isEmpty() ? null : String.join(",", overriddenRules);
        this.explanation = explanation;
        this.rsdFollowed = rsdFollowed;
        if (desk != null) {
            this.deskSource = desk.source();
            this.deskReference = desk.reference();
            this.deskCheckedAt = desk.checkedAt();
            this.deskFinding = desk.finding();
        }
        this.checkedBy = by;
        this.checkedAt = at;
    }

    /** The officer's check with the asylum authority, as recorded. */
    public record Desk(String source, String reference, Instant checkedAt, String finding) {}

    public String id() {
        return id;
    }

    public String caseId() {
        return caseId;
    }

    public ExecutionStep step() {
        return step;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public boolean cleared() {
        return cleared;
    }

    public List<String> blockingRules() {
        return blockingRules == null ? List.of() : Arrays.asList(blockingRules.split(","));
    }

    public List<String> overriddenRules() {
        return overriddenRules == null ? List.of() : Arrays.asList(overriddenRules.split(","));
    }

    public String explanation() {
        return explanation;
    }

    public boolean rsdFollowed() {
        return rsdFollowed;
    }

    public Desk desk() {
        return deskFinding == null
                ? null
                : new Desk(deskSource, deskReference, deskCheckedAt, deskFinding);
    }
}
