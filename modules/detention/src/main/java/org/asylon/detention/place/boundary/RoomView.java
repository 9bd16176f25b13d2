package org.asylon.detention.place.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.place.control.Occupancy.RoomState;
import org.asylon.detention.place.entity.Placement;
import org.asylon.detention.place.entity.Room;
import org.asylon.detention.place.entity.RoomUse;

/**
 * A room with its derived capacity and its occupancy now.
 *
 * @param people who is placed there now; only in the read of one room (audited)
 */
public record RoomView(
        String id,
        long version,
        String facilityId,
        String label,
        RoomUse use,
        BigDecimal livingSpace,
        BigDecimal wallDistance,
        BigDecimal ceilingHeight,
        int capacity,
        boolean holdsNoOne,
        List<ShortfallView> shortfalls,
        long occupancy,
        boolean overcrowded,
        Instant measuredAt,
        List<PlacedPerson> people) {

    /** A minimum the room misses, with the profile rule it comes from. */
    public record ShortfallView(String rule, String text) {}

    /** One person placed in the room now. */
    public record PlacedPerson(
            String personId, String placementId, Instant placedAt, boolean overCapacity) {}

    static RoomView of(RoomState state) {
        return of(state, null);
    }

    static RoomView of(RoomState state, List<Placement> placed) {
        Room room = state.room();
        return new RoomView(
                room.id(),
                room.version(),
                room.facilityId(),
                room.label(),
                room.use(),
                room.livingSpace(),
                room.wallDistance(),
                room.ceilingHeight(),
                state.capacity(),
                state.holdsNoOne(),
                state.shortfalls().stream()
                        .map(s -> new ShortfallView(s.rule(), s.text()))
                        .toList(),
                state.occupancy(),
                state.overcrowded(),
                room.measuredAt(),
                placed == null
                        ? null
                        : placed.stream()
                                .map(
                                        p ->
                                                new PlacedPerson(
                                                        p.personId(),
                                                        p.id(),
                                                        p.placedAt(),
                                                        p.overCapacity()))
                                .toList());
    }
}
