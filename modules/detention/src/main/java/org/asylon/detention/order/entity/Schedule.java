package org.asylon.detention.order.entity;

import java.time.Duration;
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

    /**
     * Computes the schedule of an order once its regime and the time already served under that
     * regime's maximum are known.
     */
    @FunctionalInterface
    public interface Computation {
        Schedule of(
                Regime regime,
                AuthorityKind authority,
                boolean exceptionalReview,
                Duration servedBefore);
    }

    /**
     * The maximum of a regime for a running order: its rule, its end, and the time served under
     * earlier orders that counts against it (UNHCR Guideline 6, paras 44–46).
     */
    public record Maximum(String rule, Instant at, Duration servedBefore) {}

    /** Computes the maximum a running order would have under a regime. */
    @FunctionalInterface
    public interface MaximumComputation {
        Maximum of(Regime regime);
    }
}
