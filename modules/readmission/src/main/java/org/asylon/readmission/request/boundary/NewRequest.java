package org.asylon.readmission.request.boundary;

import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.readmission.request.entity.RequestOrigin;

/**
 * A request to a partner state, prepared at the desk. {@code person} holds only the regime's shared
 * fields (camel case: {@code dateOfBirth} for {@code date-of-birth}); {@code links} and {@code
 * notes} stay in this state.
 */
public record NewRequest(
        @NotNull @CountryCode String partnerState,
        @NotBlank @Size(max = 60) String regime,
        @NotBlank
                @Size(max = 40)
                @Pattern(regexp = "[a-z-]+", message = "a request kind code, e.g. take-charge")
                String kind,
        @Valid Grounds grounds,
        @NotNull(message = "ENTRY, RECEPTION, RSD or DESK") RequestOrigin origin,
        @Size(max = 100) String originReference,
        @Valid Links links,
        @NotNull(message = "the person's facts the regime lets leave the state") JsonObject person,
        @Size(max = 4000) String notes,
        @Valid Anchors anchors,
        @Valid @Size(max = 20) List<@Valid @NotNull NewEvidence> evidence,
        @Size(max = 36) String referralId) {

    /** What changes the request's limits. */
    public record Grounds(Boolean hitBased, Boolean detained, Boolean urgent) {}

    /** The person's records in this state's other modules. */
    public record Links(
            @Size(max = 36) String rsdApplicationId,
            @Size(max = 36) String sourceArrivalId,
            @Size(max = 36) String sourceEncounterId) {}

    /** When this state's own limit to ask started. */
    public record Anchors(
            Instant applicationRegisteredAt,
            Instant hitReceivedAt,
            Instant irregularStayKnownAt,
            Instant detentionStartedAt) {}
}
