package org.asylon.detention.place.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.place.control.PlaceProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A room's capacity under the CPT living-space minimums (CPT/Inf (2015) 44, paras 9-10: 6 m² single
 * occupancy, 4 m² per person in multi-occupancy, at least 2 m between the walls and 2.5 m to the
 * ceiling, the sanitary annex excluded), as each of the three base reference profiles states them.
 */
class LivingSpaceStandardTest {

    private static LivingSpaceStandard standard(String profile) {
        return PlaceProfile.standardOf(new ProfileLoader().load(profile));
    }

    private static Room room(RoomUse use, String space, String walls, String ceiling) {
        return new Room(
                "facility",
                "room",
                use,
                new BigDecimal(space),
                new BigDecimal(walls),
                new BigDecimal(ceiling),
                "facility.manager",
                Instant.EPOCH);
    }

    private static List<String> rules(LivingSpaceStandard standard, Room room) {
        return standard.missing(room).stream().map(LivingSpaceStandard.Shortfall::rule).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void theProfilesStateTheCptMinimumsOfCptInf2015_44(String profile) {
        LivingSpaceStandard standard = standard(profile);
        assertEquals(0, new BigDecimal("6").compareTo(standard.single()));
        assertEquals(0, new BigDecimal("4").compareTo(standard.perPerson()));
        assertEquals(0, new BigDecimal("2").compareTo(standard.wallDistance()));
        assertEquals(0, new BigDecimal("2.5").compareTo(standard.ceilingHeight()));
        assertTrue(standard.basis().contains("CPT/Inf (2015) 44"), standard.basis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void aSingleRoomOf6SquareMetresHoldsOneAnd5_9HoldsNoOne_CptInf2015_44(String profile) {
        LivingSpaceStandard standard = standard(profile);
        assertEquals(1, standard.capacity(room(RoomUse.SINGLE, "6", "2", "2.5")));
        assertEquals(List.of(), standard.shortfalls(room(RoomUse.SINGLE, "6", "2", "2.5")));
        Room small = room(RoomUse.SINGLE, "5.9", "2", "2.5");
        assertEquals(0, standard.capacity(small));
        assertEquals(List.of(LivingSpaceStandard.SINGLE), rules(standard, small));
        assertTrue(
                standard.shortfalls(small).get(0).contains("5.9 m²"),
                standard.shortfalls(small).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void aMultiOccupancyRoomHoldsOnePersonPer4SquareMetres_CptInf2015_44(String profile) {
        LivingSpaceStandard standard = standard(profile);
        assertEquals(3, standard.capacity(room(RoomUse.MULTIPLE, "12", "3", "2.7")));
        assertEquals(3, standard.capacity(room(RoomUse.MULTIPLE, "15.99", "3", "2.7")));
        assertEquals(2, standard.capacity(room(RoomUse.MULTIPLE, "8", "3", "2.7")));
        Room tiny = room(RoomUse.MULTIPLE, "3.9", "2", "2.5");
        assertEquals(0, standard.capacity(tiny));
        assertEquals(List.of(LivingSpaceStandard.PER_PERSON), rules(standard, tiny));
    }

    /**
     * 5 m² is above 4 m² per person but would hold one person, who alone in the room is in single
     * occupancy and needs the 6 m² of a single room (CPT/Inf (2015) 44, para 9).
     */
    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void aMultiOccupancyRoomOf5SquareMetresHoldsNoOneSinceOnePersonAloneNeedsTheSingleMinimum(
            String profile) {
        LivingSpaceStandard standard = standard(profile);
        Room room = room(RoomUse.MULTIPLE, "5", "2.2", "2.6");
        assertEquals(0, standard.capacity(room));
        assertEquals(List.of(LivingSpaceStandard.SINGLE), rules(standard, room));
        assertEquals(1, standard.capacity(room(RoomUse.MULTIPLE, "6", "2.2", "2.6")));
        assertEquals(1, standard.capacity(room(RoomUse.MULTIPLE, "7.99", "2.2", "2.6")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"eu-pact-2026", "convention-1951", "non-convention-mandate"})
    void wallsLessThan2MetresApartOrACeilingBelow2_5MetresHoldNoOne_CptInf2015_44(String profile) {
        LivingSpaceStandard standard = standard(profile);
        Room narrow = room(RoomUse.MULTIPLE, "20", "1.9", "3");
        assertEquals(0, standard.capacity(narrow));
        assertEquals(List.of(LivingSpaceStandard.WALL_DISTANCE), rules(standard, narrow));
        Room low = room(RoomUse.SINGLE, "8", "2.5", "2.4");
        assertEquals(0, standard.capacity(low));
        assertEquals(List.of(LivingSpaceStandard.CEILING_HEIGHT), rules(standard, low));
        Room both = room(RoomUse.SINGLE, "5", "1.9", "2.4");
        assertEquals(
                List.of(
                        LivingSpaceStandard.SINGLE,
                        LivingSpaceStandard.WALL_DISTANCE,
                        LivingSpaceStandard.CEILING_HEIGHT),
                rules(standard, both));
        assertTrue(
                standard.shortfalls(both)
                        .get(2)
                        .endsWith("(" + LivingSpaceStandard.CEILING_HEIGHT + ")"),
                standard.shortfalls(both).toString());
    }
}
