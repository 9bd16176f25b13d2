package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;

/** The register of places of detention and their rooms. */
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
            FacilityKind kind, String name, String location, String operator, String user) {
        Facility facility = new Facility(kind, name, location, operator, user, Instant.now(clock));
        em.persist(facility);
        em.flush();
        audit.record(user, "facility.registered", "facility", facility.id(), kind.name());
        return facility;
    }

    public Room addRoom(
            String facilityId,
            String label,
            RoomUse use,
            BigDecimal livingSpace,
            BigDecimal wallDistance,
            BigDecimal ceilingHeight,
            String user) {
        find(facilityId);
        Room room =
                new Room(
                        facilityId,
                        label,
                        use,
                        livingSpace,
                        wallDistance,
                        ceilingHeight,
                        user,
                        Instant.now(clock));
        em.persist(room);
        em.flush();
        audit.record(
                user,
                "room.registered",
                "room",
                room.id(),
                use + " " + livingSpace.toPlainString() + " m²");
        return room;
    }

    public Facility find(String id) {
        Facility facility = id == null ? null : em.find(Facility.class, id);
        if (facility == null) {
            throw ProblemException.notFound("facility", id);
        }
        return facility;
    }

    public Room room(String id) {
        Room room = id == null ? null : em.find(Room.class, id);
        if (room == null) {
            throw ProblemException.notFound("room", id);
        }
        return room;
    }

    public List<Facility> all() {
        return em.createQuery("SELECT f FROM Facility f ORDER BY f.name, f.id", Facility.class)
                .getResultList();
    }

    public List<Room> rooms(String facilityId) {
        return em.createQuery(
                        "SELECT r FROM Room r WHERE r.facilityId = :facility ORDER BY r.label, r.id",
                        Room.class)
                .setParameter("facility", facilityId)
                .getResultList();
    }
}
