package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asylon.detention.monitoring.entity.IntervieweeRole;
import org.asylon.kernel.code.LanguageCode;

/** A private interview (OPCAT Art 20(d)). */
public record NewInterview(
        @Pattern(
                        regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                        message = "must be a detained person's id, or be left out")
                String personId,
        @NotNull(message = "is required: DETAINED_PERSON, STAFF or OTHER")
                IntervieweeRole intervieweeRole,
        @LanguageCode String interpreterLanguage,
        @NotNull(message = "is required: whether the interview was held without witnesses")
                Boolean withoutWitnesses,
        @NotBlank(message = "write what was said") @Size(max = 50000) String content) {}
