package org.asylon.returns.operation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.operation.entity.Observation;
import org.asylon.returns.operation.entity.ObservationAmendment;
import org.asylon.returns.operation.entity.ObservationPhase;
import org.asylon.returns.operation.entity.OperationRules;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * A forced-return monitor's observations on an operation: recorded by a monitor, read by monitors
 * and the return authority, amended only by their author and never rewritten or deleted by anyone
 * ({@link OperationRules#RECORDS_KEPT}); every refused attempt is on the audit trail.
 */
@ApplicationScoped
@Transactional
public class Observations {

    public static final String RECORD_TYPE = "operation-observation";

    private EntityManager em;
    private Operations operations;
    private OperationsAccess access;
    private OperationEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Observations() {
        // for CDI's client proxy
    }

    @Inject
    public Observations(
            EntityManager em,
            Operations operations,
            OperationsAccess access,
            OperationEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.operations = operations;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** An observation and its amendments, oldest first. */
    public record Filed(Observation observation, List<ObservationAmendment> amendments) {}

    /** Records what the calling monitor saw ({@code observedAt} null: now). */
    public Filed record(
            String operationId,
            ObservationPhase phase,
            Instant observedAt,
            boolean concern,
            String text,
            Caller caller) {
        access.requireMonitor(caller, "POST observation", Operations.RECORD_TYPE, operationId);
        ReturnOperation operation = operations.find(operationId);
        Instant now = clock.instant();
        Observation observation =
                new Observation(
                        operation,
                        phase,
                        observedAt == null ? now : observedAt,
                        concern,
                        text,
                        caller.name(),
                        now);
        em.persist(observation);
        em.flush();
        events.observationRecorded(observation);
        audit.record(
                caller.name(),
                "observation.recorded",
                RECORD_TYPE,
                observation.id(),
                "operation " + operationId + ", " + phase + (concern ? ", concern" : ""));
        return new Filed(observation, List.of());
    }

    /** The operation's observations, in the order they were made; the reading is audited. */
    public List<Filed> ofOperation(String operationId, Caller caller) {
        access.requireObservationReader(caller, Operations.RECORD_TYPE, operationId);
        operations.find(operationId);
        List<Observation> found =
                em.createQuery(
                                "SELECT o FROM Observation o WHERE o.operationId = :op"
                                        + " ORDER BY o.observedAt, o.recordedAt, o.id",
                                Observation.class)
                        .setParameter("op", operationId)
                        .getResultList();
        audit.record(
                caller.name(),
                "observation.listed",
                Operations.RECORD_TYPE,
                operationId,
                found.size() + " observations");
        Map<String, List<ObservationAmendment>> amended = amendments(found);
        return found.stream()
                .map(o -> new Filed(o, amended.getOrDefault(o.id(), List.of())))
                .toList();
    }

    public Filed read(String id, Caller caller) {
        access.requireObservationReader(caller, RECORD_TYPE, id);
        Observation observation = find(id);
        audit.record(caller.name(), "observation.read", RECORD_TYPE, id, null);
        return new Filed(observation, amendments(List.of(observation)).getOrDefault(id, List.of()));
    }

    /** An amendment by the observation's author; the original stays as written. */
    public Filed amend(String id, String text, Caller caller) {
        Observation observation = find(id);
        access.requireAuthor(caller, observation.recordedBy(), "POST amendment", RECORD_TYPE, id);
        ObservationAmendment amendment =
                new ObservationAmendment(id, text, caller.name(), clock.instant());
        em.persist(amendment);
        em.flush();
        events.observationAmended(observation, amendment);
        audit.record(
                caller.name(),
                "observation.amended",
                RECORD_TYPE,
                id,
                "amendment " + amendment.id());
        return new Filed(observation, amendments(List.of(observation)).getOrDefault(id, List.of()));
    }

    /** Refuses every rewrite or deletion of an observation, recording the attempt. */
    public ProblemException refuseChange(String id, String method, Caller caller) {
        return access.refuseChange(
                caller, method, RECORD_TYPE, id, () -> em.find(Observation.class, id) != null);
    }

    private Observation find(String id) {
        Observation observation = id == null ? null : em.find(Observation.class, id);
        if (observation == null) {
            throw ProblemException.notFound("observation", id);
        }
        return observation;
    }

    private Map<String, List<ObservationAmendment>> amendments(List<Observation> observations) {
        if (observations.isEmpty()) {
            return Map.of();
        }
        return em.createQuery(
                        "SELECT a FROM ObservationAmendment a WHERE a.observationId IN :ids"
                                + " ORDER BY a.amendedAt, a.id",
                        ObservationAmendment.class)
                .setParameter("ids", observations.stream().map(Observation::id).toList())
                .getResultStream()
                .collect(Collectors.groupingBy(ObservationAmendment::observationId));
    }
}
