package org.asylon.detention.monitoring.entity;

import java.util.List;

/**
 * One room as the records showed it at a moment: capacity derived from its measurements and the
 * profile's minimums, the people placed in it, the minimums it misses.
 *
 * @param observation what is wrong, or null when nothing is
 */
public record RoomCheck(
        String roomId,
        String label,
        String use,
        int capacity,
        long occupancy,
        List<String> shortfalls,
        RoomObservation observation) {

    /** The observation the numbers make, if any. */
    public static RoomObservation observe(int capacity, long occupancy) {
        if (occupancy > 0 && capacity == 0) {
            return RoomObservation.HOLDING_BELOW_MINIMUM;
        }
        return occupancy > capacity ? RoomObservation.OVER_CAPACITY : null;
    }
}
