package org.asylon.rsd.casework.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.rsd.casework.entity.Gender;

/**
 * The whole registry entry of an interviewer (the user name does not change); inactive ones are not
 * booked.
 */
public record InterviewerChange(
        @NotNull(message = "is required: F, M or X") Gender gender,
        @Size(max = 20) List<@LanguageCode String> languages,
        @NotNull(message = "is required: true or false") Boolean active) {}
