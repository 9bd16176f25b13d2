package org.asylon.returns.outcome.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.decision.control.Decisions;
import org.asylon.returns.outcome.entity.AlternativeOutcome;
import org.asylon.returns.outcome.entity.OutcomeTerms;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.Closure;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Alternative migration outcomes: recorded on an open case from the profile's list, they withdraw
 * the return decision in force (it is replaced, not enforced) and close the case {@link
 * Closure#ALTERNATIVE_OUTCOME}, in one transaction. Audited and published.
 */
@ApplicationScoped
@Transactional
public class Outcomes {

    public static final String OUTCOME_RECORDED =
            "org.asylon.return.alternative-outcome-recorded.v1";
    public static final String RECORD_TYPE = "alternative-outcome";

    private EntityManager em;
    private ReturnCases cases;
    private Decisions decisions;
    private ActiveProfile profile;
    private EventPublisher publisher;
    private AuditTrail audit;
    private Clock clock;

    protected Outcomes() {
        // for CDI's client proxy
    }

    @Inject
    public Outcomes(
            EntityManager em,
            ReturnCases cases,
            Decisions decisions,
            ActiveProfile profile,
            EventPublisher publisher,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.decisions = decisions;
        this.profile = profile;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws ProblemException 404/409 for an unknown or ended case; 422 naming the field
     */
    public AlternativeOutcome record(String caseId, OutcomeTerms terms, Caller caller) {
        ReturnCase c = cases.requireOpen(caseId);
        em.lock(c, LockModeType.PESSIMISTIC_WRITE);
        AlternativeOutcome o =
                AlternativeOutcome.record(
                        caseId, terms, outcomes(), caller.name(), Instant.now(clock));
        decisions.withdrawForOutcome(caseId, caller).ifPresent(d -> o.replaced(d.id()));
        em.persist(o);
        em.flush();
        JsonObjectBuilder data =
                Jsons.object()
                        .add("outcomeId", o.id())
                        .add("caseId", caseId)
                        .add("outcomeCode", o.outcomeCode())
                        .add("grantedAt", o.grantedAt().toString());
        if (o.validUntil() != null) {
            data.add("validUntil", o.validUntil().toString());
        }
        if (o.withdrawnDecisionId() != null) {
            data.add("withdrawnDecisionId", o.withdrawnDecisionId());
        }
        publisher.publish(OUTCOME_RECORDED, "outcomes/" + o.id(), data.build());
        audit.record(
                caller.name(),
                "outcome.recorded",
                RECORD_TYPE,
                o.id(),
                "case " + caseId + ", " + o.outcomeCode());
        cases.close(caseId, Closure.ALTERNATIVE_OUTCOME, caller);
        return o;
    }

    public AlternativeOutcome read(String id, Caller caller) {
        AlternativeOutcome o = id == null ? null : em.find(AlternativeOutcome.class, id);
        if (o == null) {
            throw ProblemException.notFound("alternative outcome", id);
        }
        audit.record(caller.name(), "outcome.read", RECORD_TYPE, id, null);
        return o;
    }

    /** The case's outcome, if it ended in one (a list of at most one). */
    public List<AlternativeOutcome> ofCase(String caseId, Caller caller) {
        cases.require(caseId);
        List<AlternativeOutcome> found =
                em.createQuery(
                                "SELECT o FROM AlternativeOutcome o WHERE o.caseId = :c"
                                        + " ORDER BY o.recordedAt",
                                AlternativeOutcome.class)
                        .setParameter("c", caseId)
                        .getResultList();
        Listings.audit(
                audit,
                caller.name(),
                "outcome.listed",
                "cases/" + caseId + "/outcomes",
                found.stream().map(AlternativeOutcome::id).toList());
        return found;
    }

    private Map<String, ListItem> outcomes() {
        Map<String, ListItem> byCode = new LinkedHashMap<>();
        profile.profile().list(AlternativeOutcome.RULE).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }
}
