package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.rsd.casework.entity.Gender;

/**
 * An interpreter the office can book: name, languages (ISO 639-3), gender and how to reach them.
 */
public record NewInterpreter(
        @NotBlank(message = "is required") @Size(max = 200) String name,
        @NotEmpty(message = "name at least one language (ISO 639-3)") @Size(max = 20)
                List<@LanguageCode String> languages,
        @NotNull(message = "is required: F, M or X") Gender gender,
        @Size(max = 300) String contact) {}
