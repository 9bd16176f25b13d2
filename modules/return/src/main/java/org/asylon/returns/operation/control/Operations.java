package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.control.Listings;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.gate.control.ExecutionBar;
import org.asylon.returns.operation.entity.CancellationReason;
import org.asylon.returns.operation.entity.Escort;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.ReturnOperation;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.operation.entity.TravelDocumentStatus;
import org.asylon.returns.returncase.control.CaseClosed;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Return operations: planned for an open case (one at a time), replanned, staffed with escorts and
 * monitors, examined for fitness to travel, called off. Carrying one out is {@link Execution}'s,
 * through the gate. Every change and every read is audited.
 */
@ApplicationScoped
@Transactional
public class Operations {

    public static final String RECORD_TYPE = "return-operation";

    private EntityManager em;
    private ReturnCases cases;
    private TravelDocuments documents;
    private OperationBars bars;
    private OperationsAccess access;
    private OperationEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Operations() {
        // for CDI's client proxy
    }

    @Inject
    public Operations(
            EntityManager em,
            ReturnCases cases,
            TravelDocuments documents,
            OperationBars bars,
            OperationsAccess access,
            OperationEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.documents = documents;
        this.bars = bars;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans the case's operation, with its escorts if they are known.
     *
     * @throws ProblemException 404 for no such case, 409 when it has ended or another operation is
     *     planned for it; naming {@code travelDocumentId} for a document not of this case or
     *     refused; 422 {@link OperationRules#FEARED_COUNTRY} for a destination the person fears
     */
    public ReturnOperation plan(
            String caseId, ReturnOperation.Plan plan, List<Escort> escorts, Caller caller) {
        ReturnCase returnCase = cases.requireOpen(caseId);
        // two officers planning at once: the second waits here and then finds the first's plan
        em.lock(returnCase, LockModeType.PESSIMISTIC_WRITE);
        bars.planned(caseId)
                .ifPresent(
                        other -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Operation "
                                            + other.id()
                                            + " is already planned for this case: replan or"
                                            + " cancel it.");
                        });
        requireUsableDocument(caseId, plan.travelDocumentId());
        requireNotFeared(caseId, plan.destinationCountry());
        ReturnOperation operation =
                new ReturnOperation(caseId, plan, caller.name(), clock.instant());
        if (escorts != null && !escorts.isEmpty()) {
            operation.assignEscorts(escorts);
        }
        em.persist(operation);
        em.flush();
        events.planned(operation);
        if (!operation.escorts().isEmpty()) {
            events.escortsAssigned(operation);
        }
        audit.record(
                caller.name(),
                "operation.planned",
                RECORD_TYPE,
                operation.id(),
                "case " + caseId + ", " + plan.mode() + " on " + plan.departureAt());
        return operation;
    }

    public ReturnOperation replan(
            String id, String ifMatch, ReturnOperation.Plan plan, Caller caller) {
        ReturnOperation operation = find(id);
        Versions.requireMatch(ifMatch, operation.version());
        operation.requirePlanned();
        requireUsableDocument(operation.caseId(), plan.travelDocumentId());
        requireNotFeared(operation.caseId(), plan.destinationCountry());
        operation.replan(plan);
        em.flush();
        events.replanned(operation);
        audit.record(
                caller.name(),
                "operation.replanned",
                RECORD_TYPE,
                id,
                plan.mode() + " on " + plan.departureAt());
        return operation;
    }

    public ReturnOperation assignEscorts(
            String id, String ifMatch, List<Escort> escorts, Caller caller) {
        ReturnOperation operation = find(id);
        Versions.requireMatch(ifMatch, operation.version());
        operation.assignEscorts(escorts);
        em.flush();
        events.escortsAssigned(operation);
        audit.record(
                caller.name(),
                "operation.escorts-assigned",
                RECORD_TYPE,
                id,
                String.join(", ", escorts.stream().map(Escort::userName).toList()));
        return operation;
    }

    /** The calling monitor takes the operation on; again, it changes nothing. */
    public ReturnOperation takeOn(String id, String ifMatch, String organisation, Caller caller) {
        access.requireMonitor(caller, "take on", RECORD_TYPE, id);
        ReturnOperation operation = find(id);
        Versions.requireMatch(ifMatch, operation.version());
        if (operation.assignMonitor(caller.name(), organisation, clock.instant())) {
            em.flush();
            events.monitorAssigned(operation);
            audit.record(
                    caller.name(), "operation.monitor-assigned", RECORD_TYPE, id, organisation);
        }
        return operation;
    }

    public FitnessAssessment recordFitness(String id, FitnessTerms terms, Caller caller) {
        ReturnOperation operation = find(id);
        Instant now = clock.instant();
        FitnessAssessment assessment =
                operation.recordFitness(
                        terms.finding(),
                        terms.assessedAt() == null ? now : terms.assessedAt(),
                        terms.assessedBy(),
                        terms.certificateReference(),
                        terms.conditions(),
                        caller.name(),
                        now);
        em.persist(assessment);
        em.flush();
        events.fitnessRecorded(operation, assessment);
        audit.record(
                caller.name(),
                "operation.fitness-recorded",
                RECORD_TYPE,
                id,
                "assessment " + assessment.id());
        return assessment;
    }

    /**
     * The case ended another way than by this operation (a voluntary departure, protection granted,
     * an alternative outcome): a planned operation is called off ({@code CASE_ENDED}).
     */
    void caseClosed(@Observes CaseClosed closed) {
        em.createQuery(
                        "SELECT o FROM ReturnOperation o WHERE o.caseId = :c AND o.status = :s",
                        ReturnOperation.class)
                .setParameter("c", closed.caseId())
                .setParameter("s", OperationStatus.PLANNED)
                .getResultList()
                .forEach(
                        o -> {
                            o.cancel(CancellationReason.CASE_ENDED, closed.by(), closed.at());
                            events.cancelled(o);
                            audit.record(
                                    closed.by(),
                                    "operation.cancelled",
                                    RECORD_TYPE,
                                    o.id(),
                                    CancellationReason.CASE_ENDED.name());
                        });
    }

    public ReturnOperation cancel(
            String id, String ifMatch, CancellationReason reason, Caller caller) {
        ReturnOperation operation = find(id);
        Versions.requireMatch(ifMatch, operation.version());
        operation.cancel(reason, caller.name(), clock.instant());
        em.flush();
        events.cancelled(operation);
        audit.record(caller.name(), "operation.cancelled", RECORD_TYPE, id, reason.name());
        return operation;
    }

    public ReturnOperation designatePostReturnPartner(
            String id, String ifMatch, String organisation, List<String> users, Caller caller) {
        ReturnOperation operation = find(id);
        Versions.requireMatch(ifMatch, operation.version());
        operation.designatePostReturnPartner(organisation, users);
        em.flush();
        events.postReturnPartnerDesignated(operation);
        audit.record(
                caller.name(),
                "operation.post-return-partner-designated",
                RECORD_TYPE,
                id,
                organisation + ": " + String.join(", ", operation.postReturnUsers()));
        return operation;
    }

    public ReturnOperation read(String id, Caller caller) {
        ReturnOperation operation = find(id);
        audit.record(caller.name(), "operation.read", RECORD_TYPE, id, null);
        return operation;
    }

    /** The case's operations, newest plan first; the reading is audited. */
    public List<ReturnOperation> ofCase(String caseId, Caller caller) {
        cases.require(caseId);
        List<ReturnOperation> found =
                em.createQuery(
                                "SELECT o FROM ReturnOperation o WHERE o.caseId = :c"
                                        + " ORDER BY o.plannedAt DESC, o.id",
                                ReturnOperation.class)
                        .setParameter("c", caseId)
                        .getResultList();
        audit.record(
                caller.name(),
                "operation.listed",
                ReturnCases.RECORD_TYPE,
                caseId,
                found.size() + " operations");
        return found;
    }

    /**
     * Operations by status departing in [from, to), soonest first: the operations desk's and the
     * monitors' list. The reading is audited with the ids it returned.
     */
    public List<ReturnOperation> list(
            OperationStatus status, Instant from, Instant to, int limit, Caller caller) {
        String jpql =
                "SELECT o FROM ReturnOperation o WHERE 1 = 1"
                        + (status == null ? "" : " AND o.status = :status")
                        + (from == null ? "" : " AND o.departureAt >= :from")
                        + (to == null ? "" : " AND o.departureAt < :to")
                        + " ORDER BY o.departureAt, o.id";
        var query = em.createQuery(jpql, ReturnOperation.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<ReturnOperation> found = query.setMaxResults(limit).getResultList();
        Listings.audit(
                audit,
                caller.name(),
                "operation.listed",
                "operations status=" + status + " from=" + from + " to=" + to,
                found.stream().map(ReturnOperation::id).toList());
        return found;
    }

    /** The operation's medical findings, latest examination first. */
    public List<FitnessAssessment> fitness(String operationId) {
        return em.createQuery(
                        "SELECT a FROM FitnessAssessment a WHERE a.operationId = :o"
                                + " ORDER BY a.assessedAt DESC, a.recordedAt DESC",
                        FitnessAssessment.class)
                .setParameter("o", operationId)
                .getResultList();
    }

    /** What would stop the operation now (this area's bars only; the gate checks the rest). */
    public List<ExecutionBar> outstanding(ReturnOperation operation) {
        return operation.status() == OperationStatus.PLANNED
                ? bars.barsFor(operation, clock.instant())
                : List.of();
    }

    /**
     * @throws ProblemException 404 when there is no such operation
     */
    public ReturnOperation find(String id) {
        ReturnOperation operation = id == null ? null : em.find(ReturnOperation.class, id);
        if (operation == null) {
            throw ProblemException.notFound("return operation", id);
        }
        return operation;
    }

    /**
     * @throws ProblemException 422 {@link OperationRules#FEARED_COUNTRY} for a destination the
     *     person fears while the fear is unexamined
     */
    private void requireNotFeared(String caseId, String destinationCountry) {
        bars.fearedDestination(caseId, destinationCountry)
                .ifPresent(
                        bar -> {
                            throw ProblemException.ruleViolated(
                                    bar.rule(), bar.basis(), bar.detail());
                        });
    }

    private void requireUsableDocument(String caseId, String documentId) {
        if (documentId == null) {
            return;
        }
        TravelDocument document;
        try {
            document = documents.find(documentId);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(
                    "travelDocumentId", "no travel document has this id");
        }
        if (!document.caseId().equals(caseId)) {
            throw ProblemException.invalidField(
                    "travelDocumentId", "is a travel document of another case");
        }
        if (document.status() == TravelDocumentStatus.REFUSED) {
            throw ProblemException.invalidField(
                    "travelDocumentId", "was refused by the consulate; request another");
        }
    }
}
