package org.asylon.detention.order.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.OrderTerms;

/**
 * A detention order as the authority issues it. Whether each alternative was addressed with a
 * reason is a legal rule checked on the order (422 rule-violated naming the missing codes), not a
 * field check.
 */
public record NewOrder(
        @NotBlank(message = "is required: a code of the profile's detention.grounds")
                @Size(max = 60)
                String groundCode,
        @NotNull(message = "is required: necessity and proportionality for this person") @Valid
                Assessment individualAssessment,
        @NotNull(
                        message =
                                "is required: every alternative of the profile, with why it would not work")
                @Size(max = 30)
                List<@Valid @NotNull Considered> alternativesConsidered,
        @NotNull(message = "is required: who orders (ADMINISTRATIVE or JUDICIAL, and the name)")
                @Valid
                Authority authority,
        @NotNull(message = "is required: when detention starts (RFC 3339)") Instant startsAt,
        @NotBlank(message = "is required: the facility") @Size(max = 36) String facilityId,
        @NotBlank(message = "is required: the room the person is placed in") @Size(max = 36)
                String roomId,
        @Size(max = 4000) String exceptionalReviewReasons,
        @Size(max = 4000) String bestInterestsReasons) {

    /** The individual assessment (UNHCR Guideline 4.1; RCD Art 10(2)). */
    public record Assessment(
            @NotBlank(message = "is required: why detention is necessary for this person")
                    @Size(max = 8000)
                    String necessity,
            @NotBlank(message = "is required: why detention is proportionate for this person")
                    @Size(max = 8000)
                    String proportionality) {}

    /** An alternative considered and why it would not work. */
    public record Considered(
            @NotBlank(message = "is required: a code of the profile's detention.alternatives")
                    @Size(max = 60)
                    String code,
            @Size(max = 4000) String whyInsufficient) {}

    /** Who orders detention. */
    public record Authority(
            @NotNull(message = "is required: ADMINISTRATIVE or JUDICIAL") AuthorityKind kind,
            @NotBlank(message = "is required: the authority's name") @Size(max = 200)
                    String name) {}

    OrderTerms toTerms() {
        return new OrderTerms(
                groundCode.trim(),
                individualAssessment.necessity(),
                individualAssessment.proportionality(),
                alternativesConsidered.stream()
                        .map(a -> new AlternativeConsidered(a.code().trim(), a.whyInsufficient()))
                        .toList(),
                authority.kind(),
                authority.name(),
                startsAt,
                facilityId.trim(),
                roomId.trim(),
                exceptionalReviewReasons,
                bestInterestsReasons);
    }
}
