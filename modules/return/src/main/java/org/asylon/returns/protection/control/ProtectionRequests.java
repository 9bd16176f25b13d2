package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.ProtectionRequest.Subject;
import org.asylon.returns.protection.entity.RequestOrigin;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Requests for protection, from the upstream feeds and from return's own staff. A request heard by
 * return's staff — at the desk, in detention, at the airport — is published ({@code
 * protection-requested}) so that the asylum procedure gets it (invariant 2), and blocks every
 * execution step until the asylum authority has the claim.
 */
@ApplicationScoped
public class ProtectionRequests {

    public static final String RECORD_TYPE = "protection-request";

    /** Where a request can be heard. */
    public static final List<String> PLACES =
            List.of("AIRPORT", "BORDER", "DETENTION", "OFFICE", "RECEPTION", "OTHER");

    /** How far ahead of the server's clock a reported time may be (clock drift). */
    static final java.time.Duration DRIFT = java.time.Duration.ofMinutes(5);

    private EntityManager em;
    private ReturnCases cases;
    private AuditTrail audit;
    private ProtectionEvents events;
    private Clock clock;

    protected ProtectionRequests() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionRequests(
            EntityManager em,
            ReturnCases cases,
            AuditTrail audit,
            ProtectionEvents events,
            Clock clock) {
        this.em = em;
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** A request an upstream module reported; a report seen before adds nothing. */
    public void reported(
            RequestOrigin origin,
            Subject subject,
            Instant madeAt,
            String where,
            String reportKey,
            String by) {
        if (byKey(reportKey).isEmpty()) {
            em.persist(
                    new ProtectionRequest(
                            origin,
                            subject,
                            madeAt,
                            where,
                            List.of(),
                            reportKey,
                            by,
                            clock.instant()));
        }
    }

    /**
     * A request heard by return's staff on a case, with the countries the person fears.
     *
     * @throws ProblemException 404 for an unknown case; 422 for a time in the future or an unknown
     *     place
     */
    public ProtectionRequest heard(
            String caseId, Instant madeAt, String where, List<String> fears, Caller caller) {
        ReturnCase c = cases.require(caseId);
        em.lock(c, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (madeAt.isAfter(now.plus(DRIFT))) {
            throw ProblemException.invalidField("madeAt", "must not be in the future");
        }
        if (!PLACES.contains(where)) {
            throw ProblemException.invalidField("where", "one of " + String.join(", ", PLACES));
        }
        ProtectionRequest request =
                new ProtectionRequest(
                        RequestOrigin.RETURN,
                        new Subject(c.id(), c.sourceEncounterId(), c.sourceArrivalId()),
                        madeAt,
                        where,
                        fears,
                        "return:" + java.util.UUID.randomUUID(),
                        caller.name(),
                        now);
        em.persist(request);
        audit.record(
                caller.name(),
                "protection.requested",
                RECORD_TYPE,
                request.id(),
                c.id() + " " + where);
        events.requested(c, request);
        return request;
    }

    /** Links the border's requests to the arrival reception made of the encounter. */
    public void linkArrival(String encounterId, String arrivalId) {
        em.createQuery(
                        "SELECT r FROM ProtectionRequest r WHERE r.encounterId = :encounter",
                        ProtectionRequest.class)
                .setParameter("encounter", encounterId)
                .getResultList()
                .forEach(r -> r.arrival(arrivalId));
    }

    private Optional<ProtectionRequest> byKey(String key) {
        return em.createQuery(
                        "SELECT r FROM ProtectionRequest r WHERE r.reportKey = :key",
                        ProtectionRequest.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }
}
