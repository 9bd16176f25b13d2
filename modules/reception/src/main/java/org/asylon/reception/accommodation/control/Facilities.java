package org.asylon.reception.accommodation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.accommodation.entity.FacilityKind;
import org.asylon.reception.accommodation.entity.PlaceType;

/** The register of facilities and their capacity. */
@ApplicationScoped
@Transactional
public class Facilities {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;

    protected Facilities() {
        // for CDI's client proxy
    }

    @Inject
    public Facilities(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    public Facility register(
            FacilityKind kind,
            String name,
            String location,
            Map<PlaceType, Integer> capacity,
            String user) {
        Facility facility = new Facility(kind, name, location, capacity, user, Instant.now(clock));
        em.persist(facility);
        em.flush();
        audit.record(user, "facility.registered", "facility", facility.id(), kind + " " + capacity);
        return facility;
    }

    public Facility find(String id) {
        Facility facility = em.find(Facility.class, id);
        if (facility == null) {
            throw ProblemException.notFound("facility", id);
        }
        return facility;
    }

    public List<Facility> all() {
        return em.createQuery("SELECT f FROM Facility f ORDER BY f.name", Facility.class)
                .getResultList();
    }

    public Map<PlaceType, Long> occupancy(String facilityId) {
        return Occupancy.of(em, facilityId);
    }

    public Map<String, Map<PlaceType, Long>> occupancy() {
        return Occupancy.ofAll(em);
    }
}
