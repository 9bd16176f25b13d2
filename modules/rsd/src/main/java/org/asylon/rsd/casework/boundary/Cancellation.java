package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an interview is cancelled. */
public record Cancellation(
        @NotBlank(message = "is required: why the interview is cancelled") @Size(max = 1000)
                String reason) {}
