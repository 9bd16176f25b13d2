package org.asylon.returns.protection.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.returns.protection.entity.BestInterests;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.returncase.control.ReturnCases;

/**
 * What return's staff record about a person's protection besides requests: stays of removal ordered
 * by a court or treaty body, and best-interests determinations for children. Each is audited and
 * published (without the reasons, which stay with the body that decided).
 */
@ApplicationScoped
public class ProtectionDesk {

    public static final String STAY_RECORD = "interim-measure";
    public static final String DETERMINATION_RECORD = "best-interests-determination";

    static final Duration DRIFT = Duration.ofMinutes(5);

    private EntityManager em;
    private ReturnCases cases;
    private AuditTrail audit;
    private ProtectionEvents events;
    private Clock clock;

    protected ProtectionDesk() {
        // for CDI's client proxy
    }

    @Inject
    public ProtectionDesk(
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

    /** A stay ordered by a court or treaty body; it stands even on a case that has ended. */
    public InterimMeasure stay(
            String caseId,
            String body,
            String reference,
            Instant orderedAt,
            Instant until,
            Caller caller) {
        em.lock(cases.require(caseId), LockModeType.PESSIMISTIC_WRITE);
        notAhead("orderedAt", orderedAt);
        InterimMeasure m =
                new InterimMeasure(
                        caseId, body, reference, orderedAt, until, caller.name(), clock.instant());
        em.persist(m);
        audit.record(
                caller.name(),
                "interim-measure.recorded",
                STAY_RECORD,
                m.id(),
                caseId + " " + reference);
        events.stayRecorded(m);
        return m;
    }

    /** The body lifted its stay. */
    public InterimMeasure lift(
            String caseId,
            String measureId,
            String ifMatch,
            String reference,
            Instant liftedAt,
            Caller caller) {
        InterimMeasure m = stayOf(caseId, measureId);
        Versions.requireMatch(ifMatch, m.version());
        notAhead("liftedAt", liftedAt);
        m.lift(reference, liftedAt, caller.name());
        em.flush();
        audit.record(
                caller.name(),
                "interim-measure.lifted",
                STAY_RECORD,
                m.id(),
                caseId + " " + reference);
        events.stayLifted(m);
        return m;
    }

    public InterimMeasure stayOf(String caseId, String measureId) {
        InterimMeasure m = measureId == null ? null : em.find(InterimMeasure.class, measureId);
        if (m == null || !m.caseId().equals(caseId)) {
            throw ProblemException.notFound("interim measure", measureId);
        }
        return m;
    }

    /** A best-interests determination for the case's child. */
    public BestInterestsDetermination determined(
            String caseId,
            String body,
            String reference,
            Instant determinedAt,
            BestInterests finding,
            Caller caller) {
        em.lock(cases.require(caseId), LockModeType.PESSIMISTIC_WRITE);
        notAhead("determinedAt", determinedAt);
        BestInterestsDetermination d =
                new BestInterestsDetermination(
                        caseId,
                        body,
                        reference,
                        determinedAt,
                        finding,
                        caller.name(),
                        clock.instant());
        em.persist(d);
        audit.record(
                caller.name(),
                "best-interests.determined",
                DETERMINATION_RECORD,
                d.id(),
                caseId + " " + finding);
        events.determined(d);
        return d;
    }

    private void notAhead(String field, Instant at) {
        if (at.isAfter(clock.instant().plus(DRIFT))) {
            throw ProblemException.invalidField(field, "must not be in the future");
        }
    }
}
