package org.asylon.entry.crossingpoint.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.entry.crossingpoint.entity.CrossingPointKind;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;

/** The register of crossing points: supervisors add to it, every border official reads it. */
@ApplicationScoped
@Transactional
public class CrossingPoints {

    private EntityManager em;
    private AuditTrail audit;

    protected CrossingPoints() {
        // for CDI's client proxy
    }

    @Inject
    public CrossingPoints(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** Registers a crossing point and writes it, so that its view carries its stored version. */
    public CrossingPoint register(
            String name,
            CrossingPointKind kind,
            String country,
            Double latitude,
            Double longitude,
            Caller caller) {
        CrossingPoint point = new CrossingPoint(name, kind, country, latitude, longitude);
        em.persist(point);
        audit.record(
                caller.name(),
                "crossing-point.registered",
                "crossing-point",
                point.id(),
                point.name());
        em.flush();
        return point;
    }

    /** Every crossing point, by name. */
    public List<CrossingPoint> all() {
        return em.createQuery("SELECT c FROM CrossingPoint c ORDER BY c.name", CrossingPoint.class)
                .getResultList();
    }

    /** The crossing point, or a 404 problem. */
    public CrossingPoint find(String id) {
        CrossingPoint point = em.find(CrossingPoint.class, id);
        if (point == null) {
            throw ProblemException.notFound("crossing point", id);
        }
        return point;
    }
}
