package org.asylon.readmission.request.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A piece of evidence in one of the regime's categories; its description leaves the state. */
public record NewEvidence(
        @NotBlank
                @Size(max = 60)
                @Pattern(
                        regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                        message = "a category code of the regime")
                String category,
        @NotBlank @Size(max = 1000) String description) {}
