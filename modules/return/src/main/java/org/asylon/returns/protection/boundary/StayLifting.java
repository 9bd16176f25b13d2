package org.asylon.returns.protection.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The body's decision lifting its stay. */
public record StayLifting(
        @NotBlank(message = "the lifting decision's reference") @Size(max = 200) String reference,
        @NotNull(message = "when the stay was lifted") Instant liftedAt) {}
