package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A correction or addition kept beside the original, which stays as written. */
public record NewAmendment(
        @NotBlank(message = "write the amendment") @Size(max = 20000) String text) {}
