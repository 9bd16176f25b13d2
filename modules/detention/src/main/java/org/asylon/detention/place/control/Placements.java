package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.problem.ProblemException;

/**
 * Who is placed in which room. A room below the living-space minimum holds no one: placing a person
 * there is refused (CPT/Inf (2015) 44). A room that is full still takes a person (people are not
 * left in a corridor), but the placement is recorded as over capacity and the room shows as
 * overcrowded to the monitor at once; refusing would only push the overcrowding out of the record.
 * Every placement and every end is published ({@link PlaceEvents}), whoever calls.
 */
@ApplicationScoped
@Transactional
public class Placements {

    /** The rule named when a room that holds no one is refused. */
    public static final String ROOM_BELOW_MINIMUM = "detention.living-space";

    private EntityManager em;
    private Facilities facilities;
    private PlaceProfile profile;
    private AuditTrail audit;
    private PlaceEvents events;

    protected Placements() {
        // for CDI's client proxy
    }

    @Inject
    public Placements(
            EntityManager em,
            Facilities facilities,
            PlaceProfile profile,
            AuditTrail audit,
            PlaceEvents events) {
        this.em = em;
        this.facilities = facilities;
        this.profile = profile;
        this.audit = audit;
        this.events = events;
    }

    /**
     * As CDI builds it, for plain tests: the events go to the outbox of the same entity manager.
     */
    public Placements(
            EntityManager em, Facilities facilities, PlaceProfile profile, AuditTrail audit) {
        this(em, facilities, profile, audit, new PlaceEvents(new EventPublisher(em)));
    }

    /**
     * Places the person in the room, ending their current placement first (a move). The room row is
     * locked so two officers placing at once count the same occupancy. Placing a person in the room
     * they are already in changes nothing and returns their placement.
     */
    public Placement place(String personId, String roomId, String by, Instant at) {
        Room room = facilities.room(roomId);
        em.lock(room, LockModeType.PESSIMISTIC_WRITE);
        Optional<Placement> current = current(personId);
        if (current.isPresent() && current.get().roomId().equals(room.id())) {
            return current.get();
        }
        LivingSpaceStandard standard = profile.standard();
        int capacity = standard.capacity(room);
        if (capacity == 0) {
            throw ProblemException.ruleViolated(
                    ROOM_BELOW_MINIMUM,
                    standard.basis(),
                    "Room '"
                            + room.label()
                            + "' holds no one: "
                            + String.join("; ", standard.shortfalls(room))
                            + ".");
        }
        Placement previous = current.orElse(null);
        if (previous != null) {
            previous.end(by, at);
            events.placementEnded(previous);
            audit.record(by, "placement.ended", "placement", previous.id(), "person " + personId);
        }
        boolean over = occupancy(room.id()) >= capacity;
        Placement placement = new Placement(personId, room, over, by, at);
        em.persist(placement);
        em.flush();
        events.personPlaced(placement, previous);
        audit.record(
                by,
                over ? "placement.over-capacity" : "placement.made",
                "placement",
                placement.id(),
                "person " + personId + " in room " + room.id());
        return placement;
    }

    /** Ends the person's current placement (release, transfer out); nothing if there is none. */
    public void end(String personId, String by, Instant at) {
        current(personId)
                .ifPresent(
                        placement -> {
                            placement.end(by, at);
                            events.placementEnded(placement);
                            audit.record(
                                    by,
                                    "placement.ended",
                                    "placement",
                                    placement.id(),
                                    "person " + personId);
                        });
    }

    public Optional<Placement> current(String personId) {
        return em.createQuery(
                        "SELECT p FROM Placement p WHERE p.personId = :person AND p.endedAt IS NULL",
                        Placement.class)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    public long occupancy(String roomId) {
        return em.createQuery(
                        "SELECT COUNT(p) FROM Placement p WHERE p.roomId = :room AND p.endedAt IS NULL",
                        Long.class)
                .setParameter("room", roomId)
                .getSingleResult();
    }

    /** The number of people placed now in each room that holds anyone (one query). */
    public Map<String, Long> occupancyByRoom() {
        Map<String, Long> counts = new HashMap<>();
        em.createQuery(
                        "SELECT p.roomId, COUNT(p) FROM Placement p WHERE p.endedAt IS NULL"
                                + " GROUP BY p.roomId",
                        Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The people placed in a room now. */
    public List<Placement> inRoom(String roomId) {
        return em.createQuery(
                        "SELECT p FROM Placement p WHERE p.roomId = :room AND p.endedAt IS NULL"
                                + " ORDER BY p.placedAt",
                        Placement.class)
                .setParameter("room", roomId)
                .getResultList();
    }

    /** Every placement of a person, newest first: where they have been held. */
    public List<Placement> history(String personId) {
        return em.createQuery(
                        "SELECT p FROM Placement p WHERE p.personId = :person ORDER BY p.placedAt DESC",
                        Placement.class)
                .setParameter("person", personId)
                .getResultList();
    }

    /**
     * The placements in a facility that overlap {@code [from, to)} or end exactly at {@code from}:
     * everything stock and flow over that window needs ({@link StockAndFlow}).
     */
    public List<Placement> inFacilityBetween(String facilityId, Instant from, Instant to) {
        return em.createQuery(
                        "SELECT p FROM Placement p WHERE p.facilityId = :facility"
                                + " AND p.placedAt < :to AND (p.endedAt IS NULL OR p.endedAt >= :from)"
                                + " ORDER BY p.placedAt",
                        Placement.class)
                .setParameter("facility", facilityId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
