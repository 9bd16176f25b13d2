package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A material fact of the claim (e.g. "arrest in March 2023"), with an id that statements and the
 * assessment's credibility findings refer to.
 */
public record MaterialFact(
        @NotBlank(message = "is required")
                @Pattern(
                        regexp = "[A-Za-z0-9._-]{1,40}",
                        message = "use up to 40 letters, digits, '.', '_' or '-'")
                String id,
        @NotBlank(message = "is required") @Size(max = 500) String label) {}
