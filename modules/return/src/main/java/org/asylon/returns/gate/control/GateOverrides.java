package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.gate.entity.GateOverride;
import org.asylon.returns.returncase.control.ReturnCases;

/**
 * Overrides of the gate's bars by a named authority. Only a bar the profile lets be overridden
 * (return.gate.overridable; never protection granted, an interim measure or a missing check with
 * the asylum authority) and only with the authority named and written reasons.
 */
@ApplicationScoped
public class GateOverrides {

    public static final String RULE = "return.gate.override";

    /**
     * How long an override can be spent after it was decided: it answers the bar the authority saw,
     * not one that arose weeks later.
     */
    public static final Duration VALIDITY = Duration.ofHours(24);

    public static final String RECORD_TYPE = "gate-override";

    private EntityManager em;
    private ReturnCases cases;
    private GateProfile profile;
    private AuditTrail audit;
    private GateEvents events;
    private Clock clock;

    protected GateOverrides() {
        // for CDI's client proxy
    }

    @Inject
    public GateOverrides(
            EntityManager em,
            ReturnCases cases,
            GateProfile profile,
            AuditTrail audit,
            GateEvents events,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.profile = profile;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What an authority decided: the bar, the step, who, the decision's reference and why. */
    public record Decision(
            ExecutionStep step, String rule, String authority, String reference, String reasons) {}

    /**
     * Records an override of one of the gate's own protection bars ({@code return.gate.<code>}).
     *
     * @throws ProblemException 422 {@code rule-violated} ({@value #RULE}) for a bar the profile
     *     does not let be overridden, naming the profile rule that lists the ones it does
     */
    public GateOverride decide(String caseId, Decision d, Caller caller) {
        cases.requireOpen(caseId);
        GatePolicy policy = profile.policy();
        String code =
                d.rule().startsWith(GateRules.PREFIX)
                        ? d.rule().substring(GateRules.PREFIX.length())
                        : null;
        if (code == null || !policy.overridable().contains(code)) {
            throw ProblemException.ruleViolated(
                    RULE,
                    GateProfile.OVERRIDABLE,
                    "The active profile does not let "
                            + d.rule()
                            + " be overridden"
                            + (code != null && GateRules.ABSOLUTE.contains(code)
                                    ? ": this bar is never overridden (non-refoulement)."
                                    : "; the bars it lets a named authority override are: "
                                            + (policy.overridable().isEmpty()
                                                    ? "none"
                                                    : String.join(", ", policy.overridable()))
                                            + "."));
        }
        GateOverride o =
                new GateOverride(
                        caseId,
                        d.step(),
                        d.rule(),
                        d.authority(),
                        d.reference(),
                        d.reasons(),
                        caller.name(),
                        clock.instant());
        em.persist(o);
        audit.record(
                caller.name(),
                "gate.overridden",
                RECORD_TYPE,
                o.id(),
                caseId + " " + d.step() + " " + o.rule() + " by " + d.authority());
        events.overridden(o);
        return o;
    }

    /**
     * The overrides a pass of the gate may spend: decided for this case and step, not used yet,
     * decided within {@link #VALIDITY} before the pass (an old decision does not lift a bar that
     * arose since), and never by the person who takes the step (four eyes).
     *
     * @param executor who takes the step (null: no one yet, a preview)
     */
    public List<GateOverride> usable(
            String caseId, ExecutionStep step, Instant at, String executor) {
        return em
                .createQuery(
                        "SELECT o FROM GateOverride o WHERE o.caseId = :case AND o.step = :step"
                                + " AND o.usedByCheck IS NULL AND o.decidedAt >= :since"
                                + " ORDER BY o.decidedAt",
                        GateOverride.class)
                .setParameter("case", caseId)
                .setParameter("step", step)
                .setParameter("since", at.minus(VALIDITY))
                .getResultList()
                .stream()
                .filter(o -> executor == null || !executor.equals(o.recordedBy()))
                .toList();
    }

    public List<GateOverride> of(String caseId) {
        return em.createQuery(
                        "SELECT o FROM GateOverride o WHERE o.caseId = :case ORDER BY o.decidedAt",
                        GateOverride.class)
                .setParameter("case", caseId)
                .getResultList();
    }
}
