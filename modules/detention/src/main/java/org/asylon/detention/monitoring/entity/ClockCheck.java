package org.asylon.detention.monitoring.entity;

import java.time.Instant;

/**
 * A limit of a detention order that had passed when the records were read, with the rule that set
 * it.
 *
 * @param clock {@code judicial-review}, {@code periodic-review} or {@code maximum}
 * @param rule the profile's rule, e.g. {@code detention.periodic-review.interval}
 * @param basis its legal basis
 * @param unconfirmed the rule's value is not confirmed in the legal text (shown labelled)
 * @param dueAt when the limit passed
 */
public record ClockCheck(
        String clock, String rule, String basis, boolean unconfirmed, Instant dueAt) {}
