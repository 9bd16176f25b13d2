package org.asylon.detention.place.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.asylon.detention.alert.control.AlertCondition;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.detention.place.entity.RoomUse;
import org.asylon.detention.testing.PlacesFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A room holding more people than its living space allows (CPT/Inf (2015) 44) is an alert, named
 * with the minimum it breaks, until it holds no more than its capacity.
 */
class RoomAlertsTest {

    private final PlacesFixture places = new PlacesFixture("eu-pact-2026");

    @AfterEach
    void close() {
        places.close();
    }

    @Test
    void aMultiOccupancyRoomOverItsCapacityIsAnAlertUntilSomeoneLeaves() {
        String facility = places.facility();
        String room = places.room(facility, RoomUse.MULTIPLE, "9.5", "2.6", "2.7"); // holds 2
        String first = person();
        places.place(first, room, PlacesFixture.NOW);
        places.place(person(), room, PlacesFixture.NOW);
        assertTrue(conditions().isEmpty(), "two people in a room for two: no alert");

        places.place(person(), room, PlacesFixture.NOW);
        List<AlertCondition> over = conditions();
        assertEquals(1, over.size());
        assertEquals(AlertKind.ROOM_OVER_CAPACITY, over.get(0).kind());
        assertEquals(room, over.get(0).recordId());
        assertEquals(facility, over.get(0).facilityId());
        assertEquals("detention.living-space.per-person", over.get(0).rule());
        assertTrue(over.get(0).basis().contains("CPT"), over.get(0)::basis);

        places.at(
                d -> {
                    d.placements().end(first, "detention.officer", PlacesFixture.NOW);
                    return null;
                });
        assertTrue(conditions().isEmpty(), "back within its capacity");
    }

    @Test
    void aSingleRoomWithTwoPeopleIsAnAlertNamingTheSingleOccupancyMinimum() {
        String room = places.room(places.facility(), RoomUse.SINGLE, "7.2", "2.4", "2.7");
        places.place(person(), room, PlacesFixture.NOW);
        places.place(person(), room, PlacesFixture.NOW);
        assertEquals("detention.living-space.single", conditions().get(0).rule());
    }

    private List<AlertCondition> conditions() {
        return places.at(d -> d.roomAlerts().conditions(PlacesFixture.NOW));
    }

    private static String person() {
        return UUID.randomUUID().toString();
    }
}
