package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction or addition to the monitor's own observation. */
public record NewAmendment(
        @NotBlank(message = "is required: the correction or addition") @Size(max = 20000)
                String text) {}
