package org.asylon.detention.place.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimum living space of the active legal profile (CPT/Inf (2015) 44 in the reference
 * profiles): a room's capacity is derived from its measurements, never typed in, and a room below a
 * minimum holds no one.
 *
 * @param single {@value #SINGLE}: m² of a single-occupancy room, without the sanitary annex
 * @param perPerson {@value #PER_PERSON}: m² per person in a multi-occupancy room, without the
 *     sanitary annex
 * @param wallDistance {@value #WALL_DISTANCE}: metres between the walls
 * @param ceilingHeight {@value #CEILING_HEIGHT}: metres from floor to ceiling
 * @param basis the legal basis named in every shortfall
 */
public record LivingSpaceStandard(
        BigDecimal single,
        BigDecimal perPerson,
        BigDecimal wallDistance,
        BigDecimal ceilingHeight,
        String basis) {

    public static final String SINGLE = "detention.living-space.single";
    public static final String PER_PERSON = "detention.living-space.per-person";
    public static final String WALL_DISTANCE = "detention.living-space.wall-distance";
    public static final String CEILING_HEIGHT = "detention.living-space.ceiling-height";

    /**
     * How many people the room may hold. A multi-occupancy room holds one person per {@code
     * perPerson} m²; one person alone in it is in single occupancy, so a room that would hold only
     * one must also meet the single-occupancy minimum.
     */
    public int capacity(Room room) {
        if (!shortfalls(room).isEmpty()) {
            return 0;
        }
        if (room.use() == RoomUse.SINGLE) {
            return 1;
        }
        int people = room.livingSpace().divide(perPerson, 0, RoundingMode.FLOOR).intValue();
        return people == 1 && room.livingSpace().compareTo(single) < 0 ? 0 : people;
    }

    /**
     * Which minimums the room misses, in words an officer and a monitor can act on; empty if none.
     */
    public List<String> shortfalls(Room room) {
        List<String> missing = new ArrayList<>();
        BigDecimal least = room.use() == RoomUse.SINGLE ? single : perPerson;
        String rule = room.use() == RoomUse.SINGLE ? SINGLE : PER_PERSON;
        if (room.livingSpace().compareTo(least) < 0) {
            missing.add(
                    "living space "
                            + room.livingSpace().toPlainString()
                            + " m² is below "
                            + least.toPlainString()
                            + " m² ("
                            + rule
                            + ")");
        }
        if (room.wallDistance().compareTo(wallDistance) < 0) {
            missing.add(
                    "walls "
                            + room.wallDistance().toPlainString()
                            + " m apart, below "
                            + wallDistance.toPlainString()
                            + " m ("
                            + WALL_DISTANCE
                            + ")");
        }
        if (room.ceilingHeight().compareTo(ceilingHeight) < 0) {
            missing.add(
                    "ceiling "
                            + room.ceilingHeight().toPlainString()
                            + " m high, below "
                            + ceilingHeight.toPlainString()
                            + " m ("
                            + CEILING_HEIGHT
                            + ")");
        }
        return missing;
    }
}
