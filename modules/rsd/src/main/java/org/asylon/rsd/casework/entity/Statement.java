package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the applicant said about one material fact, in their words as recorded (through the
 * interpreter).
 */
public record Statement(
        @NotBlank(message = "name the material fact (its id)") String factId,
        @NotBlank(message = "is required") @Size(max = 20000) String text) {}
