package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;

/** The register of places of detention and their rooms. */
@ApplicationScoped
@Transactional
public class Facilities {

    private EntityManager em;
    private AuditTrail audit;
    private Clock clock;
    private PlaceProfile profile;
    private PlaceEvents events;

    protected Facilities() {
        // for CDI's client proxy
    }

    @Inject
    public Facilities(
            EntityManager em,
            AuditTrail audit,
            Clock clock,
            PlaceProfile profile,
            PlaceEvents events) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.profile = profile;
        this.events = events;
    }

    public Facility register(
            FacilityKind kind, String name, String location, String operator, String user) {
        Facility facility = new Facility(kind, name, location, operator, user, Instant.now(clock));
        em.persist(facility);
        em.flush();
        events.facilityRegistered(facility);
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
        int capacity = profile.standard().capacity(room);
        events.roomRegistered(room, capacity);
        audit.record(
                user,
                "room.registered",
                "room",
                room.id(),
                use + " " + livingSpace.toPlainString() + " m², capacity " + capacity);
        return room;
    }

    /**
     * Records new measurements of a room. The room row is locked, so a placement counting the old
     * capacity waits for the new one; people already placed stay, and the room shows as overcrowded
     * (or holding no one) if the new measurements say so.
     *
     * @param ifMatch the ETag of the version the manager read
     */
    public Room remeasure(
            String roomId,
            String ifMatch,
            String label,
            RoomUse use,
            BigDecimal livingSpace,
            BigDecimal wallDistance,
            BigDecimal ceilingHeight,
            String user) {
        Room room = room(roomId);
        em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        Versions.requireMatch(ifMatch, room.version());
        LivingSpaceStandard standard = profile.standard();
        int before = standard.capacity(room);
        room.remeasure(
                label, use, livingSpace, wallDistance, ceilingHeight, user, Instant.now(clock));
        em.flush();
        int after = standard.capacity(room);
        events.roomRemeasured(room, before, after);
        audit.record(
                user,
                "room.remeasured",
                "room",
                room.id(),
                use
                        + " "
                        + livingSpace.toPlainString()
                        + " m², capacity "
                        + before
                        + " -> "
                        + after);
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

    /** Every room of every facility (one query for the list of places). */
    public List<Room> allRooms() {
        return em.createQuery("SELECT r FROM Room r ORDER BY r.label, r.id", Room.class)
                .getResultList();
    }

    /** Plain tests build the register as CDI does, with events on the same entity manager. */
    public static Facilities of(EntityManager em, Clock clock, PlaceProfile profile) {
        return new Facilities(
                em, new AuditTrail(em), clock, profile, new PlaceEvents(new EventPublisher(em)));
    }
}
