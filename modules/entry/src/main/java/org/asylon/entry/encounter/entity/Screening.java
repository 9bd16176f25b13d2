package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The screening form of the Screening Regulation (EU) 2024/1356, Art 17(1). Points (a) and (b) —
 * identity, nationalities, languages — are the encounter's person details; this holds the rest, and
 * the deadline the active legal profile gives for completing it. Any state may use the form; the
 * profile decides whether screening applies and how long it may take.
 */
@Embeddable
public class Screening {

    /** Art 17(1)(b): countries of residence before arrival, ISO 3166-1 alpha-3, comma-separated. */
    @Column(name = "scr_previous_residence", length = 500)
    private String previousResidenceCountries;

    /** Art 17(1)(c). */
    @Enumerated(EnumType.STRING)
    @Column(name = "scr_reason")
    private ScreeningReason reason;

    /** Art 17(1)(d), with the medical staff's "no further check needed" (Art 12(1)). */
    @Column(name = "scr_health_result", length = 2000)
    private String healthCheckResult;

    @Column(name = "scr_health_no_further")
    private Boolean noFurtherHealthCheckNeeded;

    /** Art 17(1)(e): preliminary vulnerability check and special reception or procedural needs. */
    @Column(name = "scr_vulnerability_result", length = 2000)
    private String vulnerabilityCheckResult;

    @Column(name = "scr_special_needs", length = 2000)
    private String specialReceptionOrProceduralNeeds;

    /** Art 17(1)(g): family members present in any Member State (or other state). */
    @Column(name = "scr_family_elsewhere", length = 2000)
    private String familyMembersInOtherStates;

    /**
     * Art 17(1)(h): whether the database consultation of Art 15 gave a hit (null: not consulted).
     */
    @Column(name = "scr_database_hit")
    private Boolean databaseHit;

    /** Art 17(1)(i): whether the person complied with the duty to cooperate of Art 9. */
    @Column(name = "scr_cooperated")
    private Boolean cooperated;

    @Column(name = "scr_completed_at")
    private Instant completedAt;

    @Column(name = "scr_completed_by")
    private String completedBy;

    @Column(name = "scr_due")
    private LocalDate due;

    @Column(name = "scr_due_rule")
    private String dueRule;

    @Column(name = "scr_due_explanation", length = 1000)
    private String dueExplanation;

    @Column(name = "scr_due_unconfirmed")
    private Boolean dueUnconfirmed;

    protected Screening() {}

    public static Screening started(
            LocalDate due,
            String dueRule,
            String dueExplanation,
            boolean dueUnconfirmed,
            ScreeningReason reason) {
        return new Screening(due, dueRule, dueExplanation, dueUnconfirmed, reason);
    }

    private Screening(
            LocalDate due,
            String dueRule,
            String dueExplanation,
            boolean dueUnconfirmed,
            ScreeningReason reason) {
        this.due = due;
        this.dueRule = dueRule;
        this.dueExplanation = dueExplanation;
        this.dueUnconfirmed = dueUnconfirmed;
        this.reason = reason;
    }

    void record(ScreeningForm form, String by, Instant at) {
        this.previousResidenceCountries = String.join(",", form.previousResidenceCountries());
        this.reason = form.reason();
        this.healthCheckResult = form.healthCheckResult();
        this.noFurtherHealthCheckNeeded = form.noFurtherHealthCheckNeeded();
        this.vulnerabilityCheckResult = form.vulnerabilityCheckResult();
        this.specialReceptionOrProceduralNeeds = form.specialReceptionOrProceduralNeeds();
        this.familyMembersInOtherStates = form.familyMembersInOtherStates();
        this.databaseHit = form.databaseHit();
        this.cooperated = form.cooperated();
        if (form.complete()) {
            this.completedAt = at;
            this.completedBy = by;
        }
    }

    public String previousResidenceCountries() {
        return previousResidenceCountries;
    }

    public ScreeningReason reason() {
        return reason;
    }

    public String healthCheckResult() {
        return healthCheckResult;
    }

    public Boolean noFurtherHealthCheckNeeded() {
        return noFurtherHealthCheckNeeded;
    }

    public String vulnerabilityCheckResult() {
        return vulnerabilityCheckResult;
    }

    public String specialReceptionOrProceduralNeeds() {
        return specialReceptionOrProceduralNeeds;
    }

    public String familyMembersInOtherStates() {
        return familyMembersInOtherStates;
    }

    public Boolean databaseHit() {
        return databaseHit;
    }

    public Boolean cooperated() {
        return cooperated;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public LocalDate due() {
        return due;
    }

    public String dueRule() {
        return dueRule;
    }

    public String dueExplanation() {
        return dueExplanation;
    }

    public Boolean dueUnconfirmed() {
        return dueUnconfirmed;
    }
}
