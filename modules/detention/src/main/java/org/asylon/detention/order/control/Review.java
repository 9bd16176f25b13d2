package org.asylon.detention.order.control;

import java.time.Instant;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.ReviewOutcome;

/** A review to record ({@code reviewedAt} null: now). */
public record Review(
        AuthorityKind kind,
        ReviewOutcome outcome,
        String reasons,
        String court,
        String decisionReference,
        Instant reviewedAt) {}
