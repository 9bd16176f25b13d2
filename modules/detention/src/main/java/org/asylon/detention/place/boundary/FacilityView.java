package org.asylon.detention.place.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.place.control.Occupancy.FacilityState;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.FacilityKind;

/**
 * A place of detention now: where it is, its capacity (the sum of its rooms' derived capacities),
 * how many people it holds and whether any room is over its capacity (OPCAT Art 20(a)).
 *
 * @param roomCount how many rooms it has
 * @param rooms each room with its measurements and occupancy; only in the read of one facility
 */
public record FacilityView(
        String id,
        long version,
        FacilityKind kind,
        String name,
        String location,
        String operator,
        int roomCount,
        int capacity,
        long held,
        boolean overcrowded,
        Instant registeredAt,
        List<RoomView> rooms) {

    static FacilityView summary(FacilityState state) {
        return of(state, null);
    }

    static FacilityView withRooms(FacilityState state) {
        return of(state, state.rooms().stream().map(RoomView::of).toList());
    }

    private static FacilityView of(FacilityState state, List<RoomView> rooms) {
        Facility f = state.facility();
        return new FacilityView(
                f.id(),
                f.version(),
                f.kind(),
                f.name(),
                f.location(),
                f.operator(),
                state.rooms().size(),
                state.capacity(),
                state.held(),
                state.overcrowded(),
                f.registeredAt(),
                rooms);
    }
}
