package org.asylon.detention.place.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The minimum living space of the active legal profile (CPT/Inf (2015) 44, paras 9-10, in the
 * reference profiles): a room's capacity is derived from its measurements, never typed in, and a
 * room below a minimum holds no one.
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
     * One minimum a room misses.
     *
     * @param rule the profile rule whose minimum is missed
     * @param text what is missing, in words an officer and a monitor can act on
     */
    public record Shortfall(String rule, String text) {}

    /**
     * How many people the room may hold: 0 when it misses any minimum; 1 for a single-occupancy
     * room; otherwise one person per {@code perPerson} m². One person alone in a multi-occupancy
     * room is in single occupancy, so a room that would hold only one must also meet the
     * single-occupancy minimum (CPT/Inf (2015) 44, para 9).
     */
    public int capacity(Room room) {
        if (!missing(room).isEmpty()) {
            return 0;
        }
        if (room.use() == RoomUse.SINGLE) {
            return 1;
        }
        return people(room);
    }

    /** Which minimums the room misses, with the rule of each; empty if none. */
    public List<Shortfall> missing(Room room) {
        List<Shortfall> missing = new ArrayList<>();
        BigDecimal space = room.livingSpace();
        if (room.use() == RoomUse.SINGLE && space.compareTo(single) < 0) {
            missing.add(
                    new Shortfall(
                            SINGLE,
                            "living space "
                                    + plain(space)
                                    + " m² is below the "
                                    + plain(single)
                                    + " m² of a single-occupancy room"));
        } else if (room.use() == RoomUse.MULTIPLE && space.compareTo(perPerson) < 0) {
            missing.add(
                    new Shortfall(
                            PER_PERSON,
                            "living space "
                                    + plain(space)
                                    + " m² is below the "
                                    + plain(perPerson)
                                    + " m² per person of a multi-occupancy room"));
        } else if (room.use() == RoomUse.MULTIPLE
                && people(room) == 1
                && space.compareTo(single) < 0) {
            missing.add(
                    new Shortfall(
                            SINGLE,
                            "living space "
                                    + plain(space)
                                    + " m² would hold one person, who alone needs the "
                                    + plain(single)
                                    + " m² of a single-occupancy room"));
        }
        if (room.wallDistance().compareTo(wallDistance) < 0) {
            missing.add(
                    new Shortfall(
                            WALL_DISTANCE,
                            "walls "
                                    + plain(room.wallDistance())
                                    + " m apart, below "
                                    + plain(wallDistance)
                                    + " m"));
        }
        if (room.ceilingHeight().compareTo(ceilingHeight) < 0) {
            missing.add(
                    new Shortfall(
                            CEILING_HEIGHT,
                            "ceiling "
                                    + plain(room.ceilingHeight())
                                    + " m high, below "
                                    + plain(ceilingHeight)
                                    + " m"));
        }
        return missing;
    }

    /** The shortfalls in words, each naming its rule; empty if none. */
    public List<String> shortfalls(Room room) {
        return missing(room).stream().map(s -> s.text() + " (" + s.rule() + ")").toList();
    }

    private int people(Room room) {
        return room.livingSpace().divide(perPerson, 0, RoundingMode.FLOOR).intValue();
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
