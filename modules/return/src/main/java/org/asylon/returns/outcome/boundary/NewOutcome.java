package org.asylon.returns.outcome.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.asylon.returns.outcome.entity.OutcomeTerms;

/** An alternative migration outcome in which the case ends instead of a return. */
public record NewOutcome(
        @NotBlank(message = "is required: a code of the profile's return.alternative-outcomes")
                @Size(max = 60)
                String outcomeCode,
        @NotBlank(message = "is required: the permit or decision that grants the stay")
                @Size(max = 100)
                String permitReference,
        @NotBlank(message = "is required: the authority that granted the stay") @Size(max = 200)
                String grantedBy,
        @NotNull(message = "is required: when the stay was granted (RFC 3339)") Instant grantedAt,
        LocalDate validFrom,
        LocalDate validUntil,
        @NotBlank(message = "is required: why the stay replaces the return") @Size(max = 8000)
                String reasons) {

    OutcomeTerms toTerms() {
        return new OutcomeTerms(
                outcomeCode, permitReference, grantedBy, grantedAt, validFrom, validUntil, reasons);
    }
}
