package org.asylon.returns.decision.entity;

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
 * An appeal against a return decision and its effect on enforcement under the profile's {@code
 * return.appeal.suspensive-effect} (EU profile: Return Directive 2008/115/EC, Art 13(2), the appeal
 * body may suspend enforcement; unconfirmed, not in the reference files): automatic, on the body's
 * ruling, or none. The rule and its basis are kept as they were when the appeal was lodged. While
 * the appeal suspends enforcement, or a requested suspension awaits the body's ruling, no forced
 * removal is carried out (control.DecisionBars).
 */
@Entity
@Table(name = "return_appeal")
public class DecisionAppeal {

    @Id private String id;

    @Version private long version;

    @Column(name = "decision_id", nullable = false)
    private String decisionId;

    @Column(name = "case_id", nullable = false)
    private String caseId;

    @Column(name = "lodged_at", nullable = false)
    private Instant lodgedAt;

    @Column(name = "appeal_body", nullable = false)
    private String appealBody;

    @Column(name = "reference")
    private String reference;

    /** The value of return.appeal.suspensive-effect when the appeal was lodged. */
    @Column(name = "suspensive_rule", nullable = false)
    private String suspensiveRule;

    @Column(name = "suspensive_basis", nullable = false)
    private String suspensiveBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspension", nullable = false)
    private Suspension suspension;

    @Column(name = "suspension_ruled_at")
    private Instant suspensionRuledAt;

    @Column(name = "suspension_reference")
    private String suspensionReference;

    @Column(name = "pending", nullable = false)
    private boolean pending;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private AppealOutcome outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DecisionAppeal() {}

    /**
     * An appeal lodged against a decision in force, with the effect the profile gives it.
     *
     * @param suspensionRequested whether the person asked the appeal body to suspend enforcement
     * @throws ProblemException 409 when the decision is no longer in force; 422 naming {@code
     *     lodgedAt}
     */
    public static DecisionAppeal lodge(
            ReturnDecision decision,
            Instant lodgedAt,
            String appealBody,
            String reference,
            boolean suspensionRequested,
            ReturnLaw law,
            String by,
            Instant now) {
        decision.requireOpen();
        if (lodgedAt.isAfter(now.plus(ReturnDecision.SKEW))) {
            throw ProblemException.invalidField("lodgedAt", "cannot be in the future");
        }
        if (lodgedAt.isBefore(decision.decidedAt().minus(ReturnDecision.SKEW))) {
            throw ProblemException.invalidField(
                    "lodgedAt", "cannot be before the decision (" + decision.decidedAt() + ")");
        }
        DecisionAppeal a = new DecisionAppeal();
        a.id = UUID.randomUUID().toString();
        a.decisionId = decision.id();
        a.caseId = decision.caseId();
        a.lodgedAt = lodgedAt;
        a.appealBody = appealBody.strip();
        a.reference = VoluntaryDeparture.blank(reference) ? null : reference.strip();
        a.suspensiveRule = law.suspensiveEffect().value();
        a.suspensiveBasis = law.suspensiveEffect().basis();
        a.suspension =
                switch (a.suspensiveRule) {
                    case ReturnLaw.SUSPENSIVE_AUTOMATIC -> Suspension.BY_LAW;
                    case ReturnLaw.SUSPENSIVE_ON_REQUEST ->
                            suspensionRequested ? Suspension.REQUESTED : Suspension.NOT_REQUESTED;
                    default -> Suspension.NONE;
                };
        a.pending = true;
        a.recordedBy = by;
        a.recordedAt = now;
        return a;
    }

    /**
     * The appeal body's ruling on suspension, where the profile leaves it to the body (on-request);
     * it may rule again (e.g. on a new request after a refusal).
     *
     * @throws ProblemException 422 {@code rule-violated} {@code return.appeal.suspensive-effect}
     *     when the profile suspends by law or gives no suspensive effect; 409 when decided
     */
    public void ruleOnSuspension(boolean granted, Instant ruledAt, String reference, Instant now) {
        requirePending();
        if (!ReturnLaw.SUSPENSIVE_ON_REQUEST.equals(suspensiveRule)) {
            throw ProblemException.ruleViolated(
                    ReturnLaw.SUSPENSIVE_EFFECT,
                    suspensiveBasis,
                    ReturnLaw.SUSPENSIVE_AUTOMATIC.equals(suspensiveRule)
                            ? "The appeal suspends enforcement by law under the profile: there is"
                                    + " no suspension for the appeal body to grant or refuse."
                            : "The profile gives an appeal against a return decision no"
                                    + " suspensive effect. A court's order to stay the removal"
                                    + " is recorded as an interim measure in the protection"
                                    + " area.");
        }
        if (ruledAt.isAfter(now.plus(ReturnDecision.SKEW))) {
            throw ProblemException.invalidField("ruledAt", "cannot be in the future");
        }
        if (ruledAt.isBefore(lodgedAt)) {
            throw ProblemException.invalidField(
                    "ruledAt", "cannot be before the appeal was lodged (" + lodgedAt + ")");
        }
        this.suspension = granted ? Suspension.GRANTED : Suspension.REFUSED;
        this.suspensionRuledAt = ruledAt;
        this.suspensionReference = VoluntaryDeparture.blank(reference) ? null : reference.strip();
    }

    /**
     * The appeal body's decision; an annulment annuls the return decision.
     *
     * @throws ProblemException 409 when already decided
     */
    public void decide(
            AppealOutcome how, Instant at, String reference, ReturnDecision decision, Instant now) {
        requirePending();
        if (at.isAfter(now.plus(ReturnDecision.SKEW))) {
            throw ProblemException.invalidField("decidedAt", "cannot be in the future");
        }
        if (at.isBefore(lodgedAt)) {
            throw ProblemException.invalidField(
                    "decidedAt", "cannot be before the appeal was lodged (" + lodgedAt + ")");
        }
        if (how == AppealOutcome.ANNULLED) {
            decision.annul(id, at);
        }
        this.pending = false;
        this.outcome = how;
        this.decidedAt = at;
        this.decisionReference = VoluntaryDeparture.blank(reference) ? null : reference.strip();
    }

    private void requirePending() {
        if (!pending) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The appeal was decided (" + outcome + ") on " + decidedAt + ".");
        }
    }

    /** Whether the appeal suspends enforcement now: pending, by law or by the body's ruling. */
    public boolean suspends() {
        return pending && (suspension == Suspension.BY_LAW || suspension == Suspension.GRANTED);
    }

    /** Whether a suspension the person asked for awaits the appeal body's ruling. */
    public boolean awaitsSuspensionRuling() {
        return pending && suspension == Suspension.REQUESTED;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String decisionId() {
        return decisionId;
    }

    public String caseId() {
        return caseId;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public String appealBody() {
        return appealBody;
    }

    public String reference() {
        return reference;
    }

    public String suspensiveRule() {
        return suspensiveRule;
    }

    public String suspensiveBasis() {
        return suspensiveBasis;
    }

    public Suspension suspension() {
        return suspension;
    }

    public Instant suspensionRuledAt() {
        return suspensionRuledAt;
    }

    public String suspensionReference() {
        return suspensionReference;
    }

    public boolean pending() {
        return pending;
    }

    public AppealOutcome outcome() {
        return outcome;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionReference() {
        return decisionReference;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
