package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.DecisionStatus;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.ReturnDecision;

/** The queries of the decision component; they change nothing and audit nothing. */
@ApplicationScoped
public class DecisionRecords {

    public static final String DECISION = "return-decision";
    public static final String APPEAL = "return-appeal";

    private EntityManager em;

    protected DecisionRecords() {
        // for CDI's client proxy
    }

    @Inject
    public DecisionRecords(EntityManager em) {
        this.em = em;
    }

    /**
     * @throws ProblemException 404
     */
    public ReturnDecision decision(String id) {
        ReturnDecision found = id == null ? null : em.find(ReturnDecision.class, id);
        if (found == null) {
            throw ProblemException.notFound("return decision", id);
        }
        return found;
    }

    /**
     * @throws ProblemException 404
     */
    public DecisionAppeal appeal(String id) {
        DecisionAppeal found = id == null ? null : em.find(DecisionAppeal.class, id);
        if (found == null) {
            throw ProblemException.notFound("appeal against a return decision", id);
        }
        return found;
    }

    /** The case's decisions, the latest first. */
    public List<ReturnDecision> ofCase(String caseId) {
        return em.createQuery(
                        "SELECT d FROM ReturnDecision d WHERE d.caseId = :c"
                                + " ORDER BY d.decidedAt DESC, d.id",
                        ReturnDecision.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    /** The case's decision in force (issued or notified), if any. */
    public Optional<ReturnDecision> inForce(String caseId) {
        return em.createQuery(
                        "SELECT d FROM ReturnDecision d WHERE d.caseId = :c"
                                + " AND d.status IN :live ORDER BY d.decidedAt DESC",
                        ReturnDecision.class)
                .setParameter("c", caseId)
                .setParameter("live", List.of(DecisionStatus.ISSUED, DecisionStatus.NOTIFIED))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<DepartureExtension> extensions(String decisionId) {
        return em.createQuery(
                        "SELECT e FROM DepartureExtension e WHERE e.decisionId = :d"
                                + " ORDER BY e.grantedAt, e.id",
                        DepartureExtension.class)
                .setParameter("d", decisionId)
                .getResultList();
    }

    /** The appeals against a decision, in the order they were lodged. */
    public List<DecisionAppeal> appeals(String decisionId) {
        return em.createQuery(
                        "SELECT a FROM DecisionAppeal a WHERE a.decisionId = :d"
                                + " ORDER BY a.lodgedAt, a.id",
                        DecisionAppeal.class)
                .setParameter("d", decisionId)
                .getResultList();
    }

    public Optional<DecisionAppeal> pendingAppeal(String decisionId) {
        return em.createQuery(
                        "SELECT a FROM DecisionAppeal a WHERE a.decisionId = :d AND a.pending ="
                                + " TRUE",
                        DecisionAppeal.class)
                .setParameter("d", decisionId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
