package org.asylon.reception.accommodation.boundary;

import java.time.Instant;
import org.asylon.reception.accommodation.entity.Allocation;
import org.asylon.reception.accommodation.entity.PlaceType;

/** One allocation as the API shows it; {@code endedAt} is null for where the person is now. */
public record AllocationView(
        String id,
        String arrivalId,
        String facilityId,
        PlaceType placeType,
        String householdId,
        String reason,
        boolean emergencyOverride,
        String overrideReason,
        Instant allocatedAt,
        String allocatedBy,
        Instant endedAt,
        String endedBy,
        String endReason) {

    static AllocationView of(Allocation a) {
        return new AllocationView(
                a.id(),
                a.arrivalId(),
                a.facilityId(),
                a.placeType(),
                a.householdId(),
                a.reason(),
                a.emergencyOverride(),
                a.overrideReason(),
                a.allocatedAt(),
                a.allocatedBy(),
                a.endedAt(),
                a.endedBy(),
                a.endReason());
    }
}
