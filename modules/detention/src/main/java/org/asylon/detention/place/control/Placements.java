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
import org.asylon.kernel.problem.ProblemException;

/**
 * Who is placed in which room. A room below the living-space minimum holds no one: placing a person
 * there is refused. A room that is full still takes a person (people are not left in a corridor),
 * but the placement is recorded as over capacity and the room shows as overcrowded to the monitor
 * at once; refusing would only push the overcrowding out of the record.
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

    protected Placements() {
        // for CDI's client proxy
    }

    @Inject
    public Placements(
            EntityManager em, Facilities facilities, PlaceProfile profile, AuditTrail audit) {
        this.em = em;
        this.facilities = facilities;
        this.profile = profile;
        this.audit = audit;
    }

    /**
     * Places the person in the room, ending their current placement first (a move). The room row is
     * locked so two officers placing at once count the same occupancy.
     */
    public Placement place(String personId, String roomId, String by, Instant at) {
        Room room = facilities.room(roomId);
        em.lock(room, LockModeType.PESSIMISTIC_WRITE);
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
        current(personId).ifPresent(previous -> previous.end(by, at));
        boolean over = occupancy(room.id()) >= capacity;
        Placement placement = new Placement(personId, room, over, by, at);
        em.persist(placement);
        em.flush();
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

    /** People placed now, by room id (rooms without anyone are left out). */
    public Map<String, Long> occupancyByRoom() {
        Map<String, Long> occupancy = new HashMap<>();
        em.createQuery(
                        "SELECT p.roomId, COUNT(p) FROM Placement p WHERE p.endedAt IS NULL"
                                + " GROUP BY p.roomId",
                        Object[].class)
                .getResultList()
                .forEach(row -> occupancy.put((String) row[0], ((Number) row[1]).longValue()));
        return occupancy;
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
}
