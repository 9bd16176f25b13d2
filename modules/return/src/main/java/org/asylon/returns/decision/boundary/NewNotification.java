package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.returns.decision.entity.NotificationMethod;

/** The notification of a return decision: the period for voluntary departure runs from it. */
public record NewNotification(
        @NotNull(message = "is required: when the decision reached the person (RFC 3339)")
                Instant notifiedAt,
        @NotNull(message = "is required: IN_PERSON, REPRESENTATIVE, REGISTERED_POST or ELECTRONIC")
                NotificationMethod method,
        @LanguageCode String language) {}
