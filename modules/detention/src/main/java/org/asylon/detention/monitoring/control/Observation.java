package org.asylon.detention.monitoring.control;

import java.time.Instant;
import org.asylon.detention.monitoring.entity.Standard;

/**
 * One thing the records show against a standard, for a monitor to look at on a visit.
 *
 * @param kind what is wrong, e.g. {@code OVER_CAPACITY}
 * @param roomId the room, where the observation is about one
 * @param personId the person held, where the observation is about one
 * @param orderId the detention order, where the observation is about one
 * @param rule the profile's rule (or the module's) the observation is made under, where it names
 *     one
 * @param basis that rule's legal basis
 * @param dueAt when the limit passed or the concern began (a review due, a release due, a ground
 *     lapsed, a child held since), where there is one
 * @param detail the numbers in words
 */
public record Observation(
        Standard standard,
        String kind,
        String roomId,
        String personId,
        String orderId,
        String rule,
        String basis,
        Instant dueAt,
        String detail) {

    /** An observation about a room or a person that no order or time limit concerns. */
    static Observation of(
            Standard standard, String kind, String roomId, String personId, String detail) {
        return new Observation(standard, kind, roomId, personId, null, null, null, null, detail);
    }
}
