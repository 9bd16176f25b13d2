package org.asylon.returns.protection.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.protection.entity.BestInterests;

/** A best-interests determination for the case's child, by the body that made it. */
public record NewDetermination(
        @NotBlank(message = "the body that determined it") @Size(max = 300) String body,
        @NotBlank(message = "its reference") @Size(max = 200) String reference,
        @NotNull(message = "when it was determined") Instant determinedAt,
        @NotNull(message = "RETURN_IN_BEST_INTERESTS or RETURN_NOT_IN_BEST_INTERESTS")
                BestInterests finding) {}
