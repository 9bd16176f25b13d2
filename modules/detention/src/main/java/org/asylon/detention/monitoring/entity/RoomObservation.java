package org.asylon.detention.monitoring.entity;

/** What the records show about a room against the living-space minimums (CPT/Inf (2015) 44). */
public enum RoomObservation {
    /** More people placed than the room's derived capacity. */
    OVER_CAPACITY,
    /** The room misses a minimum, so it may hold no one, yet people are placed in it. */
    HOLDING_BELOW_MINIMUM
}
