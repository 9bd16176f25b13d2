package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotNull;
import org.asylon.returns.operation.entity.CancellationReason;

/** Why the operation is called off. */
public record Cancellation(
        @NotNull(
                        message =
                                "is required: PROTECTION_BAR, NOT_FIT_TO_TRAVEL, NO_TRAVEL_DOCUMENT,"
                                        + " CARRIER, SUSPENDED, CASE_ENDED or OTHER")
                CancellationReason reason) {}
