package org.asylon.rsd.decision.boundary;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.rsd.decision.entity.NotificationMethod;

/**
 * How the decision was notified.
 *
 * @param notifiedAt when (default now)
 * @param language the language used, ISO 639-3
 * @param appealInformationGiven whether the applicant was told how to appeal
 * @param appealInformationText the appeal information as given (required when given)
 */
public record NewNotification(
        Instant notifiedAt,
        @LanguageCode String language,
        NotificationMethod method,
        Boolean appealInformationGiven,
        @Size(max = 4000, message = "must be at most 4000 characters")
                String appealInformationText) {}
