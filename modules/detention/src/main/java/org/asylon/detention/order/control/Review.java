package org.asylon.detention.order.control;

import java.time.Instant;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.ReviewOutcome;

/**
 * A review to record ({@code reviewedAt} null: now; {@code bestInterestsReasons} only where a child
 * found while held is to stay detained).
 */
public record Review(
        AuthorityKind kind,
        ReviewOutcome outcome,
        String reasons,
        String court,
        String decisionReference,
        Instant reviewedAt,
        String bestInterestsReasons) {

    public Review(
            AuthorityKind kind,
            ReviewOutcome outcome,
            String reasons,
            String court,
            String decisionReference,
            Instant reviewedAt) {
        this(kind, outcome, reasons, court, decisionReference, reviewedAt, null);
    }
}
