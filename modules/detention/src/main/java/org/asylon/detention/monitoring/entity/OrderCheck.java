package org.asylon.detention.monitoring.entity;

import java.time.Instant;
import java.util.List;

/**
 * One detention order as the records showed it at a moment: who is held where, on which ground,
 * whether a child, and every limit of the order that had passed (a review not held when due, the
 * maximum reached), with the release due and the review a lapsed ground calls for.
 *
 * @param status {@code ACTIVE} or {@code REVIEW_NOW}
 * @param childDetained the order was issued for a child (the profile's {@code detention.children})
 * @param overdue the order's limits that had passed: {@code judicial-review}, {@code
 *     periodic-review}, {@code maximum}
 * @param releaseDueSince since when the release was due and not recorded, or null
 * @param releaseDueReason why (e.g. {@code MAXIMUM_REACHED}, {@code PROTECTION_GRANTED}), or null
 * @param reviewNowSince since when the person's protection state no longer allowed the ground, or
 *     null
 * @param reviewNowRule the rule the ground lapsed under, or null
 */
public record OrderCheck(
        String orderId,
        String personId,
        String facilityId,
        String roomId,
        String groundCode,
        String status,
        Instant startsAt,
        boolean childDetained,
        List<ClockCheck> overdue,
        Instant releaseDueSince,
        String releaseDueReason,
        Instant reviewNowSince,
        String reviewNowRule) {}
