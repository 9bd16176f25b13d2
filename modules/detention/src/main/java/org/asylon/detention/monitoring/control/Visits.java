package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.detention.place.control.Facilities;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;

/**
 * Monitoring visits. A monitor records a visit to any registered place at any time, announced or
 * not, and the visit is on record at once: nothing asks the detention authority, nothing waits for
 * its approval (OPCAT Art 20(c), (e)).
 */
@ApplicationScoped
@Transactional
public class Visits {

    public static final String RECORD_TYPE = "monitoring-visit";

    private EntityManager em;
    private Facilities facilities;
    private MonitoringAccess access;
    private MonitoringEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected Visits() {
        // for CDI's client proxy
    }

    @Inject
    public Visits(
            EntityManager em,
            Facilities facilities,
            MonitoringAccess access,
            MonitoringEvents events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.facilities = facilities;
        this.access = access;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records a visit (OPCAT Art 20(c), (e)): any registered place, no approval step.
     *
     * @throws ProblemException naming {@code facilityId} when no place has that id
     */
    public Visit record(
            String facilityId,
            String monitoringBody,
            boolean announced,
            Instant startedAt,
            Instant endedAt,
            List<String> team,
            Caller caller) {
        access.requireMonitorToChange(
                caller, "POST visit", "facility", facilityId == null ? "none" : facilityId);
        requirePlace("facilityId", facilityId);
        Visit visit =
                new Visit(
                        facilityId,
                        monitoringBody,
                        announced,
                        startedAt,
                        endedAt,
                        team,
                        caller.name(),
                        Instant.now(clock));
        em.persist(visit);
        em.flush();
        events.visitRecorded(visit);
        audit.record(
                caller.name(),
                "monitoring.visit-recorded",
                RECORD_TYPE,
                visit.id(),
                "facility " + facilityId + (announced ? ", announced" : ", unannounced"));
        return visit;
    }

    /** The end of a visit recorded while it went on (If-Match with the visit's version). */
    public Visit end(String id, Instant endedAt, String ifMatch, Caller caller) {
        access.requireMonitorToChange(caller, "POST visit end", RECORD_TYPE, id);
        Visit visit = visit(id);
        access.requireOwnBody(
                caller, ofTheBody(visit, caller.name()), "POST visit end", RECORD_TYPE, id);
        Versions.requireMatch(ifMatch, visit.version());
        visit.end(endedAt, Instant.now(clock));
        em.flush();
        audit.record(caller.name(), "monitoring.visit-ended", RECORD_TYPE, id, null);
        return visit;
    }

    /**
     * Whether the user wrote the visit or has recorded visits for the body that made it: the only
     * sign of a monitor's body the suite has (a user belongs to no body in the identity store).
     */
    public boolean ofTheBody(Visit visit, String user) {
        return visit.recordedBy().equals(user)
                || em.createQuery(
                                        "SELECT COUNT(v) FROM Visit v WHERE v.monitoringBody = :body"
                                                + " AND v.recordedBy = :user",
                                        Long.class)
                                .setParameter("body", visit.monitoringBody())
                                .setParameter("user", user)
                                .getSingleResult()
                        > 0;
    }

    public Visit find(String id, Caller caller) {
        access.requireMonitor(caller, RECORD_TYPE, id);
        return visit(id);
    }

    /** Visits newest first, of one place or of all. */
    public List<Visit> list(String facilityId, int limit, Caller caller) {
        access.requireMonitor(
                caller, "monitoring-visit-list", facilityId == null ? "all" : facilityId);
        String where = facilityId == null ? "" : " WHERE v.facilityId = :facility";
        var query =
                em.createQuery(
                                "SELECT v FROM Visit v"
                                        + where
                                        + " ORDER BY v.startedAt DESC, v.id",
                                Visit.class)
                        .setMaxResults(limit);
        if (facilityId != null) {
            query.setParameter("facility", facilityId);
        }
        return query.getResultList();
    }

    /** Refuses every rewrite or deletion of a visit, recording the attempt. */
    public ProblemException refuseChange(String id, String method, Caller caller) {
        return access.refuseChange(
                caller, method, RECORD_TYPE, id, () -> em.find(Visit.class, id) != null);
    }

    /** The visit, for the monitor's own records of it (the caller has passed the access check). */
    public Visit visit(String id) {
        Visit visit = id == null ? null : em.find(Visit.class, id);
        if (visit == null) {
            throw ProblemException.notFound("monitoring visit", id);
        }
        return visit;
    }

    /** A registered place, or a problem naming the field that named it. */
    public void requirePlace(String field, String facilityId) {
        try {
            facilities.find(facilityId);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            throw ProblemException.invalidField(
                    field, "no registered place of detention has this id");
        }
    }
}
