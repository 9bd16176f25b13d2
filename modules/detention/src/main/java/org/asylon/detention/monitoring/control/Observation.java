package org.asylon.detention.monitoring.control;

import org.asylon.detention.monitoring.entity.Standard;

/**
 * One thing the records show against a standard, for a monitor to look at on a visit.
 *
 * @param kind what is wrong, e.g. {@code OVER_CAPACITY}
 * @param roomId the room, where the observation is about one
 * @param personId the person held, where the observation is about one
 * @param detail the numbers in words
 */
public record Observation(
        Standard standard, String kind, String roomId, String personId, String detail) {}
