package org.asylon.rsd.application.boundary;

import jakarta.validation.constraints.NotNull;
import org.asylon.rsd.application.entity.Outcome;

/** An explicit (WITHDRAWN) or implicit (IMPLICITLY_WITHDRAWN) withdrawal of the application. */
public record Withdrawal(
        @NotNull(message = "is required: WITHDRAWN or IMPLICITLY_WITHDRAWN") Outcome outcome) {}
