package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.rsd.casework.entity.Gender;

/**
 * An eligibility officer who holds interviews: their user name, gender and the languages they
 * interview in.
 */
public record NewInterviewer(
        @NotBlank(message = "is required: the officer's user name") @Size(max = 100)
                String userName,
        @NotNull(message = "is required: F, M or X") Gender gender,
        @Size(max = 20) List<@LanguageCode String> languages) {}
