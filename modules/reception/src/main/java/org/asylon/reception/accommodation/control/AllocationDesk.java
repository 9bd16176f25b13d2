package org.asylon.reception.accommodation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.reception.SeenRecords;
import org.asylon.reception.accommodation.entity.Allocation;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.accommodation.entity.PlaceType;
import org.asylon.reception.accommodation.entity.PlacementRules;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdKind;
import org.asylon.reception.household.entity.HouseholdStatus;
import org.asylon.reception.household.entity.Member;

/**
 * Allocating arrivals to places and transferring them. The target facility's row is locked before
 * its occupancy is counted, so two officers giving away the last place at the same moment queue
 * behind each other and the second sees the place taken.
 */
@ApplicationScoped
@Transactional
public class AllocationDesk {

    private EntityManager em;
    private AccommodationEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected AllocationDesk() {
        // for CDI's client proxy
    }

    @Inject
    public AllocationDesk(
            EntityManager em, AccommodationEvents events, AuditTrail audit, Clock clock) {
        this.em = em;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A first place for the arrival. The household whose members must share the facility is the one
     * the household register holds for the person, whether or not the officer names it.
     *
     * @param statedHouseholdId the household the officer named, or null; refused when the register
     *     says otherwise
     */
    public Allocation allocate(
            String arrivalId,
            String facilityId,
            PlaceType type,
            String statedHouseholdId,
            String overrideReason,
            String user) {
        Arrival person = lockArrival(arrivalId);
        Optional<Allocation> now = current(arrivalId);
        if (now.isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Arrival "
                            + arrivalId
                            + " is already accommodated in "
                            + "facility "
                            + now.get().facilityId()
                            + ". Use the transfer instead.");
        }
        Household group = lockGroupOf(arrivalId);
        if (statedHouseholdId != null && (group == null || !statedHouseholdId.equals(group.id()))) {
            throw ProblemException.invalidField(
                    "householdId",
                    group == null
                            ? "arrival "
                                    + arrivalId
                                    + " is in no group of the household register; leave householdId out or "
                                    + "add the person to the household first"
                            : "arrival "
                                    + arrivalId
                                    + " belongs to group "
                                    + group.id()
                                    + " in the household register; "
                                    + "leave householdId out or name that group");
        }
        Household household = family(group);
        String householdId = household == null ? null : household.id();
        Facility facility = lockFacility(facilityId);
        PlacementRules.requireSuitable(person, facility, type);
        if (household != null) {
            PlacementRules.requireFamilyTogether(
                    householdId, householdFacilities(household, arrivalId), facility);
        }
        long occupied = Occupancy.of(em, facilityId).getOrDefault(type, 0L);
        boolean over = PlacementRules.requireRoom(facility, type, occupied, 1, overrideReason);
        Allocation allocation =
                new Allocation(
                        arrivalId,
                        facilityId,
                        type,
                        householdId,
                        null,
                        over ? overrideReason : null,
                        user,
                        Instant.now(clock));
        em.persist(allocation);
        em.flush();
        events.allocated(allocation, null);
        audited(allocation, user);
        return allocation;
    }

    /**
     * Moves the arrival — and, so that families stay together, every member of its household who is
     * accommodated now — to a place type of another facility.
     *
     * @param versionCheck checks the arrival's current {@link #historyTag} against what the officer
     *     read (the boundary's If-Match), under the arrival's lock so two transfers cannot both
     *     pass
     * @return the arrival's new allocation
     */
    public Allocation transfer(
            String arrivalId,
            LongConsumer versionCheck,
            String facilityId,
            PlaceType type,
            String reason,
            String overrideReason,
            String user) {
        lockArrival(arrivalId);
        versionCheck.accept(historyTag(arrivalId));
        Allocation from =
                current(arrivalId)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.CONFLICT,
                                                "Arrival "
                                                        + arrivalId
                                                        + " has no place yet. Allocate one first."));
        Household household = family(lockGroupOf(arrivalId));
        Facility target = lockFacility(facilityId);
        List<Allocation> moving = household == null ? List.of(from) : currentOfHousehold(household);
        for (Allocation member : moving) {
            PlacementRules.requireSuitable(arrival(member.arrivalId()), target, type);
        }
        long stayingPut =
                moving.stream()
                        .filter(m -> m.facilityId().equals(facilityId) && m.placeType() == type)
                        .count();
        long occupied = Occupancy.of(em, facilityId).getOrDefault(type, 0L) - stayingPut;
        boolean over =
                PlacementRules.requireRoom(target, type, occupied, moving.size(), overrideReason);

        Instant at = Instant.now(clock);
        Allocation mine = null;
        List<Allocation> made = new ArrayList<>();
        for (Allocation member : moving) {
            member.end(
                    "transferred to facility " + facilityId + (reason == null ? "" : ": " + reason),
                    user,
                    at);
            Allocation next =
                    new Allocation(
                            member.arrivalId(),
                            facilityId,
                            type,
                            household == null ? null : household.id(),
                            reason,
                            over ? overrideReason : null,
                            user,
                            at);
            em.persist(next);
            made.add(next);
            if (member.arrivalId().equals(arrivalId)) {
                mine = next;
            }
        }
        em.flush();
        for (int i = 0; i < made.size(); i++) {
            events.allocated(made.get(i), moving.get(i).facilityId());
        }
        made.forEach(a -> audited(a, user));
        return mine;
    }

    public Optional<Allocation> current(String arrivalId) {
        return em.createQuery(
                        "SELECT a FROM Allocation a WHERE a.arrivalId = :arrival AND a.endedAt IS NULL",
                        Allocation.class)
                .setParameter("arrival", arrivalId)
                .getResultStream()
                .findFirst();
    }

    /** Where the arrival is now, for the officer who looks (audited). */
    public Allocation readCurrent(String arrivalId, String user) {
        Allocation allocation =
                current(arrivalId)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "current allocation of arrival", arrivalId));
        audit.record(
                user, "allocation.read", "allocation", allocation.id(), "arrival " + arrivalId);
        return allocation;
    }

    public List<Allocation> history(String arrivalId) {
        arrival(arrivalId);
        return em.createQuery(
                        "SELECT a FROM Allocation a WHERE a.arrivalId = :arrival ORDER BY a.allocatedAt, a.endedAt",
                        Allocation.class)
                .setParameter("arrival", arrivalId)
                .getResultList();
    }

    /**
     * The arrival's accommodation history, for the officer who looks (audited with the ids shown).
     */
    public List<Allocation> readHistory(String arrivalId, String user) {
        List<Allocation> found = history(arrivalId);
        SeenRecords.details(found.stream().map(Allocation::id).toList())
                .forEach(
                        seen ->
                                audit.record(
                                        user, "allocation.listed", "arrival", arrivalId, seen));
        return found;
    }

    /**
     * The version of an arrival's accommodation: the number of its allocations. Every transfer adds
     * one, so an ETag read before someone else's transfer no longer matches.
     */
    public long historyTag(String arrivalId) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM Allocation a WHERE a.arrivalId = :arrival",
                        Long.class)
                .setParameter("arrival", arrivalId)
                .getSingleResult();
    }

    private void audited(Allocation a, String user) {
        audit.record(
                user,
                "accommodation.allocated",
                "arrival",
                a.arrivalId(),
                "facility " + a.facilityId() + ", " + a.placeType());
        if (a.emergencyOverride()) {
            audit.record(
                    user,
                    "accommodation.capacity-overridden",
                    "arrival",
                    a.arrivalId(),
                    "facility "
                            + a.facilityId()
                            + ", "
                            + a.placeType()
                            + ": "
                            + a.overrideReason());
        }
    }

    /**
     * The person's active registration group in the register, locked: two members placed at the
     * same moment queue behind each other, so the second sees where the first went. Locks are taken
     * arrival, group, facility, always in that order.
     */
    private Household lockGroupOf(String arrivalId) {
        List<String> ids =
                em.createQuery(
                                "SELECT h.id FROM Household h JOIN h.members m WHERE m.arrivalId = :a "
                                        + "AND h.status = :active",
                                String.class)
                        .setParameter("a", arrivalId)
                        .setParameter("active", HouseholdStatus.ACTIVE)
                        .getResultList();
        return ids.isEmpty()
                ? null
                : em.find(Household.class, ids.get(0), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Family unity binds the people who live together, not those who merely travelled together. */
    private static Household family(Household group) {
        return group != null && group.kind() == HouseholdKind.HOUSEHOLD ? group : null;
    }

    private List<String> householdFacilities(Household household, String except) {
        List<String> others =
                household.members().stream()
                        .map(Member::arrivalId)
                        .filter(id -> !id.equals(except))
                        .toList();
        if (others.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT DISTINCT a.facilityId FROM Allocation a WHERE a.arrivalId IN :members "
                                + "AND a.endedAt IS NULL",
                        String.class)
                .setParameter("members", others)
                .getResultList();
    }

    private List<Allocation> currentOfHousehold(Household household) {
        List<String> members = household.members().stream().map(Member::arrivalId).toList();
        return em.createQuery(
                        "SELECT a FROM Allocation a WHERE a.arrivalId IN :members AND a.endedAt IS NULL "
                                + "ORDER BY a.arrivalId",
                        Allocation.class)
                .setParameter("members", members)
                .getResultList();
    }

    private Arrival lockArrival(String id) {
        // one allocation decision per person at a time: a double click cannot give two places
        Arrival arrival = em.find(Arrival.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (arrival == null) {
            throw ProblemException.notFound("arrival", id);
        }
        return arrival;
    }

    private Arrival arrival(String id) {
        Arrival arrival = em.find(Arrival.class, id);
        if (arrival == null) {
            throw ProblemException.notFound("arrival", id);
        }
        return arrival;
    }

    private Facility lockFacility(String id) {
        Facility facility = em.find(Facility.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (facility == null) {
            throw ProblemException.notFound("facility", id);
        }
        return facility;
    }
}
