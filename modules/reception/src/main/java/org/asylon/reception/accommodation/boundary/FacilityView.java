package org.asylon.reception.accommodation.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.reception.accommodation.entity.Facility;
import org.asylon.reception.accommodation.entity.FacilityKind;
import org.asylon.reception.accommodation.entity.PlaceType;

/** A facility with its occupancy as of this request. */
public record FacilityView(
        String id,
        long version,
        FacilityKind kind,
        String name,
        String location,
        List<Places> places,
        int capacity,
        long occupied,
        Instant registeredAt) {

    /** {@code overCapacity}: people placed above capacity by emergency overrides. */
    public record Places(
            PlaceType placeType, int capacity, long occupied, long free, long overCapacity) {}

    static FacilityView of(Facility f, Map<PlaceType, Long> occupancy) {
        Set<PlaceType> types = EnumSet.noneOf(PlaceType.class);
        types.addAll(f.capacity().keySet());
        types.addAll(occupancy.keySet());
        List<Places> places = new ArrayList<>();
        for (PlaceType type : types) {
            int capacity = f.capacity(type);
            long occupied = occupancy.getOrDefault(type, 0L);
            places.add(
                    new Places(
                            type,
                            capacity,
                            occupied,
                            Math.max(0, capacity - occupied),
                            Math.max(0, occupied - capacity)));
        }
        return new FacilityView(
                f.id(),
                f.version(),
                f.kind(),
                f.name(),
                f.location(),
                places,
                places.stream().mapToInt(Places::capacity).sum(),
                places.stream().mapToLong(Places::occupied).sum(),
                f.registeredAt());
    }
}
