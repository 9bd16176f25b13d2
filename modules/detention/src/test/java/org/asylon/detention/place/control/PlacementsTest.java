package org.asylon.detention.place.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Placing people in rooms against the real schema (eu-pact-2026): a room below the CPT minimums
 * (CPT/Inf (2015) 44) holds no one and refuses a placement; a full room takes the person but
 * records the overcrowding; a move ends the previous placement; every placement and end is
 * published.
 */
class PlacementsTest {

    private final PlacesFixture fixture = new PlacesFixture("eu-pact-2026");

    private final Instant t0 = PlacesFixture.NOW.minusSeconds(3600);

    @AfterEach
    void close() {
        fixture.close();
    }

    private static String person() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRoomThatHoldsNoOneRefusesThePlacementNamingTheRuleDetentionLivingSpace() {
        String facility = fixture.facility();
        String cell = fixture.room(facility, RoomUse.SINGLE, "5.9", "2.2", "2.6");
        ProblemException refused =
                assertThrows(ProblemException.class, () -> fixture.place(person(), cell, t0));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(Placements.ROOM_BELOW_MINIMUM, refused.extensions().get("rule"));
        assertTrue(
                String.valueOf(refused.extensions().get("legalBasis"))
                        .contains("CPT/Inf (2015) 44"),
                refused.extensions().toString());
        assertTrue(
                refused.getMessage().contains("detention.living-space.single"),
                refused.getMessage());
        assertEquals(0L, (long) fixture.at(d -> d.placements().occupancy(cell)));
        assertFalse(fixture.eventTypes().contains(PlaceEvents.PERSON_PLACED));
    }

    @Test
    void aPlacementOverCapacityIsRecordedAndTheRoomShowsAsOvercrowded() {
        String facility = fixture.facility();
        String room = fixture.room(facility, RoomUse.MULTIPLE, "8", "2.5", "2.6"); // holds 2
        assertFalse(fixture.place(person(), room, t0).overCapacity());
        assertFalse(fixture.place(person(), room, t0.plusSeconds(1)).overCapacity());
        Placement third = fixture.place(person(), room, t0.plusSeconds(2));
        assertTrue(third.overCapacity());

        Occupancy.RoomState state = fixture.at(d -> d.occupancy().room(room));
        assertEquals(2, state.capacity());
        assertEquals(3, state.occupancy());
        assertTrue(state.overcrowded());
        Occupancy.FacilityState place = fixture.at(d -> d.occupancy().facility(facility));
        assertTrue(place.overcrowded());
        assertEquals(3, place.held());
        assertEquals(2, place.capacity());
        assertTrue(
                fixture.at(d -> d.occupancy().all()).stream()
                        .anyMatch(f -> f.facility().id().equals(facility) && f.overcrowded()));
        List<String> placed = fixture.events(PlaceEvents.PERSON_PLACED);
        assertEquals(3, placed.size());
        assertTrue(placed.get(2).contains("\"overCapacity\":true"), placed.get(2));
        assertFalse(placed.get(0).contains("\"overCapacity\":true"), placed.get(0));
    }

    @Test
    void aMoveEndsThePreviousPlacementAndPublishesBoth() {
        String facility = fixture.facility();
        String a = fixture.room(facility, RoomUse.SINGLE, "6", "2", "2.5");
        String b = fixture.room(facility, RoomUse.SINGLE, "7", "2", "2.5");
        String person = person();
        Placement first = fixture.place(person, a, t0);
        Placement second = fixture.place(person, b, t0.plusSeconds(60));

        List<Placement> history = fixture.at(d -> d.placements().history(person));
        assertEquals(2, history.size());
        assertEquals(second.id(), history.get(0).id());
        assertEquals(t0.plusSeconds(60), history.get(1).endedAt());
        assertEquals(first.id(), history.get(1).id());
        assertEquals(0L, (long) fixture.at(d -> d.placements().occupancy(a)));
        assertEquals(1L, (long) fixture.at(d -> d.placements().occupancy(b)));
        assertEquals(b, fixture.at(d -> d.placements().current(person)).orElseThrow().roomId());

        List<String> ended = fixture.events(PlaceEvents.PLACEMENT_ENDED);
        assertEquals(1, ended.size());
        assertTrue(ended.get(0).contains(first.id()), ended.get(0));
        assertTrue(
                fixture.events(PlaceEvents.PERSON_PLACED)
                        .get(1)
                        .contains("\"previousRoomId\":\"" + a + "\""));

        // placing again in the same room changes nothing
        assertEquals(second.id(), fixture.place(person, b, t0.plusSeconds(120)).id());
        assertEquals(2, fixture.events(PlaceEvents.PERSON_PLACED).size());

        fixture.at(
                d -> {
                    d.placements().end(person, "detention.officer", t0.plusSeconds(180));
                    return null;
                });
        assertTrue(fixture.at(d -> d.placements().current(person)).isEmpty());
        assertEquals(2, fixture.events(PlaceEvents.PLACEMENT_ENDED).size());
    }

    @Test
    void reMeasuringARoomChangesItsCapacityAndPublishesBeforeAndAfter() {
        String facility = fixture.facility();
        String room = fixture.room(facility, RoomUse.MULTIPLE, "12", "3", "2.7"); // holds 3
        fixture.place(person(), room, t0);
        fixture.place(person(), room, t0);
        long version = fixture.at(d -> d.facilities().room(room).version());
        fixture.at(
                d ->
                        d.facilities()
                                .remeasure(
                                        room,
                                        "\"" + version + "\"",
                                        "B-12",
                                        RoomUse.MULTIPLE,
                                        new BigDecimal("7.5"),
                                        new BigDecimal("3"),
                                        new BigDecimal("2.7"),
                                        "facility.manager"));
        Occupancy.RoomState state = fixture.at(d -> d.occupancy().room(room));
        assertEquals(1, state.capacity());
        assertTrue(state.overcrowded());
        assertEquals("B-12", state.room().label());
        String event = fixture.events(PlaceEvents.ROOM_REMEASURED).get(0);
        assertTrue(event.contains("\"capacityBefore\":3"), event);
        assertTrue(event.contains("\"capacityAfter\":1"), event);

        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fixture.at(
                                        d ->
                                                d.facilities()
                                                        .remeasure(
                                                                room,
                                                                "\"" + version + "\"",
                                                                "B-12",
                                                                RoomUse.MULTIPLE,
                                                                BigDecimal.TEN,
                                                                BigDecimal.TEN,
                                                                BigDecimal.TEN,
                                                                "facility.manager")));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());
    }

    @Test
    void theFiguresOfAFacilityAreCountedFromItsPlacements() {
        String facility = fixture.facility();
        String a = fixture.room(facility, RoomUse.MULTIPLE, "20", "3", "2.7");
        String b = fixture.room(facility, RoomUse.MULTIPLE, "20", "3", "2.7");
        String moved = person();
        String released = person();
        Instant earlier = Instant.parse("2026-11-20T09:00:00Z");
        fixture.place(moved, a, earlier);
        fixture.place(released, a, earlier);
        fixture.place(person(), b, Instant.parse("2026-11-24T09:00:00Z"));
        fixture.place(moved, b, Instant.parse("2026-11-24T10:00:00Z"));
        fixture.at(
                d -> {
                    d.placements()
                            .end(
                                    released,
                                    "detention.officer",
                                    Instant.parse("2026-11-24T11:00:00Z"));
                    return null;
                });
        StockAndFlow.Figures figures =
                fixture.at(
                        d ->
                                d.occupancy()
                                        .figures(
                                                facility,
                                                LocalDate.parse("2026-11-23"),
                                                LocalDate.parse("2026-11-24")));
        assertEquals(2, figures.heldAtStart());
        assertEquals(1, figures.admitted());
        assertEquals(1, figures.left());
        assertEquals(2, figures.heldAtEnd());
        assertEquals("Europe/Brussels", figures.zone().getId());
        assertNotNull(figures.days());
        assertEquals(2, figures.days().size());
    }
}
