package org.asylon.returns.protection.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A stay of removal ordered by a court or a treaty body. */
public record NewStay(
        @NotBlank(message = "the court or treaty body that ordered it") @Size(max = 300)
                String body,
        @NotBlank(message = "the order's reference") @Size(max = 200) String reference,
        @NotNull(message = "when it was ordered") Instant orderedAt,
        Instant until) {}
