package org.asylon.detention.order.entity;

import java.time.Instant;

/**
 * An order's clocks as the profile computes them (order.control.OrderClocks): the end of the
 * maximum, the ex officio judicial review (none for an order a court made) and the next periodic
 * review, each with the rule that produced it.
 */
public record Schedule(
        String maximumRule,
        Instant maximumAt,
        String judicialReviewRule,
        Instant judicialReviewDueAt,
        Instant nextReviewAt) {

    /** Computes the schedule of an order once its regime is known. */
    @FunctionalInterface
    public interface Computation {
        Schedule of(Regime regime, AuthorityKind authority, boolean exceptionalReview);
    }
}
