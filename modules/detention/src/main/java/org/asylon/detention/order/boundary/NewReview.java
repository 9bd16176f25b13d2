package org.asylon.detention.order.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.detention.order.control.Review;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.ReviewOutcome;

/**
 * A review of detention: a court's (with the court and its decision) or the authority's. A review
 * that continues the detention of a child found while held gives the best-interests reasons (RCD
 * Art 13(2)).
 */
public record NewReview(
        @NotNull(message = "is required: JUDICIAL or ADMINISTRATIVE") AuthorityKind kind,
        @NotNull(message = "is required: CONTINUED or RELEASE_ORDERED") ReviewOutcome outcome,
        @NotBlank(message = "is required: the reasons of the review") @Size(max = 8000)
                String reasons,
        @Size(max = 200) String court,
        @Size(max = 100) String decisionReference,
        Instant reviewedAt,
        @Size(max = 4000) String bestInterestsReasons) {

    Review toReview() {
        return new Review(
                kind, outcome, reasons, court, decisionReference, reviewedAt, bestInterestsReasons);
    }
}
