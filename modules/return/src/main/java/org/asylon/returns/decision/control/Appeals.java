package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.decision.entity.AppealOutcome;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.ReturnDecision;

/**
 * Appeals against return decisions: lodged with the suspensive effect the profile gives them
 * ({@code return.appeal.suspensive-effect}), the appeal body's ruling on suspension, and its
 * decision (an annulment annuls the return decision). One pending appeal per decision at a time.
 */
@ApplicationScoped
@Transactional
public class Appeals {

    private EntityManager em;
    private DecisionRecords records;
    private ReturnProfile profile;
    private DecisionEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Appeals() {
        // for CDI's client proxy
    }

    @Inject
    public Appeals(
            EntityManager em,
            DecisionRecords records,
            ReturnProfile profile,
            DecisionEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.records = records;
        this.profile = profile;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 409 when the decision is not in force or an appeal is pending
     */
    public DecisionAppeal lodge(String decisionId, AppealTerms terms, Caller caller) {
        ReturnDecision d = records.decision(decisionId);
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        records.pendingAppeal(decisionId)
                .ifPresent(
                        a -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Appeal "
                                            + a.id()
                                            + " against this decision is pending: record its"
                                            + " decision first.");
                        });
        DecisionAppeal a =
                DecisionAppeal.lodge(
                        d,
                        terms.lodgedAt(),
                        terms.appealBody(),
                        terms.reference(),
                        terms.suspensionRequested(),
                        profile.law(),
                        caller.name(),
                        Instant.now(clock));
        em.persist(a);
        em.flush();
        events.appealLodged(a);
        audit.record(
                caller.name(),
                "appeal.lodged",
                DecisionRecords.APPEAL,
                a.id(),
                "decision " + decisionId + ", suspension " + a.suspension());
        return a;
    }

    public DecisionAppeal read(String id, Caller caller) {
        DecisionAppeal a = records.appeal(id);
        audit.record(caller.name(), "appeal.read", DecisionRecords.APPEAL, id, null);
        return a;
    }

    public DecisionAppeal ruleOnSuspension(
            String id,
            String ifMatch,
            boolean granted,
            Instant ruledAt,
            String reference,
            Caller caller) {
        DecisionAppeal a = records.appeal(id);
        Versions.requireMatch(ifMatch, a.version());
        a.ruleOnSuspension(granted, ruledAt, reference, Instant.now(clock));
        events.suspensionRuled(a);
        audit.record(
                caller.name(),
                "appeal.suspension-ruled",
                DecisionRecords.APPEAL,
                id,
                a.suspension().name());
        return a;
    }

    public DecisionAppeal decide(
            String id,
            String ifMatch,
            AppealOutcome outcome,
            Instant decidedAt,
            String reference,
            Caller caller) {
        DecisionAppeal a = records.appeal(id);
        Versions.requireMatch(ifMatch, a.version());
        ReturnDecision d = records.decision(a.decisionId());
        em.lock(d, LockModeType.PESSIMISTIC_WRITE);
        a.decide(outcome, decidedAt, reference, d, Instant.now(clock));
        events.appealDecided(a, d);
        audit.record(caller.name(), "appeal.decided", DecisionRecords.APPEAL, id, outcome.name());
        return a;
    }
}
