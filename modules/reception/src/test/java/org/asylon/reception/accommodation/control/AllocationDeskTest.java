package org.asylon.reception.accommodation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.reception.accommodation.entity.Allocation;
import org.asylon.reception.accommodation.entity.FacilityKind;
import org.asylon.reception.accommodation.entity.PlaceType;
import org.asylon.reception.accommodation.entity.PlacementRules;
import org.asylon.reception.household.entity.HouseholdKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every placement rule against the real schema: refused with its name, nothing stored when refused.
 */
class AllocationDeskTest {

    private final AccommodationDatabase db = new AccommodationDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private Allocation allocate(
            String arrival, String facility, PlaceType type, String household, String override) {
        return db.atDesk(
                desk -> desk.allocate(arrival, facility, type, household, override, "officer"));
    }

    /** What If-Match does at the edge: the officer read version {@code tag}. */
    private static LongConsumer read(long tag) {
        return current -> {
            if (current != tag) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "changed meanwhile");
            }
        };
    }

    private static void assertRule(String rule, Runnable action) {
        ProblemException refused = assertThrows(ProblemException.class, action::run);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
    }

    @Test
    void anAllocationTakesAPlaceAndIsCountedAsOccupancyWithItsEvent() {
        String centre =
                db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_FEMALE, 2));
        String arrival = db.arrival(false);
        Allocation allocation = allocate(arrival, centre, PlaceType.ADULT_FEMALE, null, null);
        assertFalse(allocation.emergencyOverride());
        assertEquals(
                Map.of(PlaceType.ADULT_FEMALE, 1L),
                db.db.readInTransaction(em -> Occupancy.of(em, centre)));
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(e) FROM OutboxEvent e WHERE e.type = '"
                                + AccommodationEvents.ALLOCATED
                                + "'"));
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'accommodation.allocated'"));
    }

    @Test
    void aPersonAlreadyAccommodatedIsTransferredNotAllocatedTwice() {
        String centre =
                db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_FEMALE, 5));
        String arrival = db.arrival(false);
        allocate(arrival, centre, PlaceType.ADULT_FEMALE, null, null);
        ProblemException twice =
                assertThrows(
                        ProblemException.class,
                        () -> allocate(arrival, centre, PlaceType.ADULT_FEMALE, null, null));
        assertEquals(ProblemType.CONFLICT, twice.type());
    }

    @Test
    void familiesStayInOneFacility() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.FAMILY, 10));
        String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.FAMILY, 10));
        String mother = db.arrival(false);
        String son = db.arrival(false);
        String family = db.household(mother, son);
        allocate(mother, north, PlaceType.FAMILY, family, null);
        assertRule(
                PlacementRules.FAMILY_UNITY,
                () -> allocate(son, south, PlaceType.FAMILY, family, null));
        assertEquals(north, allocate(son, north, PlaceType.FAMILY, family, null).facilityId());
        String single = db.arrival(false);
        db.household(single);
        allocate(single, south, PlaceType.FAMILY, null, null);
    }

    @Test
    void theHouseholdComesFromTheRegisterWhenTheOfficerLeavesItOut() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.FAMILY, 10));
        String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.FAMILY, 10));
        String mother = db.arrival(false);
        String son = db.arrival(false);
        String family = db.household(mother, son);
        allocate(mother, north, PlaceType.FAMILY, null, null);
        assertRule(
                PlacementRules.FAMILY_UNITY,
                () -> allocate(son, south, PlaceType.FAMILY, null, null));
        Allocation together = allocate(son, north, PlaceType.FAMILY, null, null);
        assertEquals(
                family,
                together.householdId(),
                "the register's household is kept on the allocation");
    }

    @Test
    void peopleWhoMerelyTravelledTogetherMayLiveApart() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_MALE, 10));
        String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.ADULT_MALE, 10));
        String one = db.arrival(false);
        String other = db.arrival(false);
        db.group(HouseholdKind.TRAVEL_GROUP, one, other);
        allocate(one, north, PlaceType.ADULT_MALE, null, null);
        assertEquals(south, allocate(other, south, PlaceType.ADULT_MALE, null, null).facilityId());
    }

    @Test
    void aHouseholdTheRegisterDoesNotHoldForThePersonIsRefusedNamingTheField() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.FAMILY, 10));
        String mother = db.arrival(false);
        String stranger = db.arrival(false);
        String family = db.household(mother);
        ProblemException wrong =
                assertThrows(
                        ProblemException.class,
                        () -> allocate(stranger, north, PlaceType.FAMILY, family, null));
        assertEquals(ProblemType.VALIDATION_FAILED, wrong.type());
        assertEquals("householdId", wrong.fieldErrors().get(0).field());
        assertEquals(0, db.count("SELECT COUNT(a) FROM Allocation a"));
    }

    @Test
    void aTransferMovesTheWholeHouseholdAndKeepsTheHistory() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.FAMILY, 10));
        String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.FAMILY, 10));
        String mother = db.arrival(false);
        String son = db.arrival(false);
        db.household(mother, son);
        allocate(mother, north, PlaceType.FAMILY, null, null);
        allocate(son, north, PlaceType.FAMILY, null, null);

        Allocation moved =
                db.atDesk(
                        desk ->
                                desk.transfer(
                                        mother,
                                        read(1),
                                        south,
                                        PlaceType.FAMILY,
                                        "closer to school",
                                        null,
                                        "officer"));
        assertEquals(south, moved.facilityId());
        assertEquals(
                south,
                db.atDesk(desk -> desk.current(son)).orElseThrow().facilityId(),
                "the son moved with her");
        List<Allocation> history = db.atDesk(desk -> desk.history(mother));
        assertEquals(2, history.size());
        assertNotNull(history.get(0).endedAt());
        assertTrue(history.get(1).current());
        assertEquals(Map.of(), db.db.readInTransaction(em -> Occupancy.of(em, north)));
        assertEquals(
                Map.of(PlaceType.FAMILY, 2L),
                db.db.readInTransaction(em -> Occupancy.of(em, south)));
    }

    @Test
    void aTransferNeedsTheCurrentVersion() {
        String north = db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_MALE, 10));
        String south = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.ADULT_MALE, 10));
        String arrival = db.arrival(false);
        allocate(arrival, north, PlaceType.ADULT_MALE, null, null);
        db.atDesk(
                desk ->
                        desk.transfer(
                                arrival,
                                read(1),
                                south,
                                PlaceType.ADULT_MALE,
                                null,
                                null,
                                "officer"));
        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.atDesk(
                                        desk ->
                                                desk.transfer(
                                                        arrival,
                                                        read(1),
                                                        north,
                                                        PlaceType.ADULT_MALE,
                                                        null,
                                                        null,
                                                        "officer")));
        assertEquals(
                ProblemType.PRECONDITION_FAILED,
                stale.type(),
                "someone else transferred the person meanwhile");
    }

    @Test
    void unaccompaniedChildrenOnlyInChildPlacesOrChildFriendlySpaces() {
        String centre =
                db.facility(
                        FacilityKind.RECEPTION_CENTRE,
                        Map.of(PlaceType.ADULT_MALE, 10, PlaceType.CHILD, 5));
        String space = db.facility(FacilityKind.CHILD_FRIENDLY_SPACE, Map.of(PlaceType.FAMILY, 5));
        String child = db.arrival(true);
        String separated = db.arrival(false, "UNACCOMPANIED_OR_SEPARATED_CHILD");
        assertRule(
                PlacementRules.CHILD_PLACE,
                () -> allocate(child, centre, PlaceType.ADULT_MALE, null, null));
        assertRule(
                PlacementRules.CHILD_PLACE,
                () -> allocate(separated, centre, PlaceType.ADULT_MALE, null, null));
        assertEquals(0, db.count("SELECT COUNT(a) FROM Allocation a"), "a refusal stores nothing");
        assertEquals(0, db.count("SELECT COUNT(e) FROM OutboxEvent e"), "and publishes nothing");
        allocate(child, centre, PlaceType.CHILD, null, null);
        allocate(separated, space, PlaceType.FAMILY, null, null);
    }

    @Test
    void possibleVictimsOfTraffickingOnlyInSafeHouses() {
        String centre =
                db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_FEMALE, 10));
        String safeHouse = db.facility(FacilityKind.SAFE_HOUSE, Map.of(PlaceType.ADULT_FEMALE, 3));
        String survivor = db.arrival(false, "POSSIBLE_VICTIM_OF_TRAFFICKING");
        assertRule(
                PlacementRules.SAFE_HOUSE,
                () -> allocate(survivor, centre, PlaceType.ADULT_FEMALE, null, null));
        allocate(survivor, safeHouse, PlaceType.ADULT_FEMALE, null, null);
        assertRule(
                PlacementRules.SAFE_HOUSE,
                () ->
                        db.atDesk(
                                desk ->
                                        desk.transfer(
                                                survivor,
                                                read(1),
                                                centre,
                                                PlaceType.ADULT_FEMALE,
                                                null,
                                                null,
                                                "officer")));
    }

    @Test
    void overCapacityIsRefusedUnlessAnEmergencyOverrideIsRecordedAndAudited() {
        String site = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.ADULT_MALE, 1));
        allocate(db.arrival(false), site, PlaceType.ADULT_MALE, null, null);
        String late = db.arrival(false);
        assertRule(
                PlacementRules.CAPACITY,
                () -> allocate(late, site, PlaceType.ADULT_MALE, null, null));
        assertRule(
                PlacementRules.CAPACITY, () -> allocate(late, site, PlaceType.FAMILY, null, null));

        Allocation overridden =
                allocate(late, site, PlaceType.ADULT_MALE, null, "storm, boats landing all night");
        assertTrue(overridden.emergencyOverride());
        assertEquals("storm, boats landing all night", overridden.overrideReason());
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'accommodation.capacity-overridden'"));
        assertEquals(
                1,
                db.count(
                        "SELECT COUNT(e) FROM OutboxEvent e WHERE e.data LIKE '%\"emergencyOverride\":true%'"));
    }

    @Test
    void anOverrideReasonWithinCapacityIsNoOverride() {
        String site = db.facility(FacilityKind.TRANSIT_SITE, Map.of(PlaceType.ADULT_MALE, 1));
        assertFalse(
                allocate(db.arrival(false), site, PlaceType.ADULT_MALE, null, "just in case")
                        .emergencyOverride());
        assertEquals(
                0,
                db.count(
                        "SELECT COUNT(r) FROM AuditRecord r WHERE r.action = 'accommodation.capacity-overridden'"));
    }

    @Test
    void theProtectionRulesCannotBeOverridden() {
        String centre =
                db.facility(FacilityKind.RECEPTION_CENTRE, Map.of(PlaceType.ADULT_FEMALE, 10));
        assertRule(
                PlacementRules.SAFE_HOUSE,
                () ->
                        allocate(
                                db.arrival(false, "POSSIBLE_VICTIM_OF_TRAFFICKING"),
                                centre,
                                PlaceType.ADULT_FEMALE,
                                null,
                                "no room in the safe house"));
    }
}
