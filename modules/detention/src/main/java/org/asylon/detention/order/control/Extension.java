package org.asylon.detention.order.control;

import java.time.Instant;

/**
 * An extension asked for: reasons, the proportionality reassessed, the new end, and for a court's
 * extension the court and its decision.
 */
public record Extension(
        String reasons,
        String proportionality,
        Instant newEnd,
        String court,
        String decisionReference) {}
