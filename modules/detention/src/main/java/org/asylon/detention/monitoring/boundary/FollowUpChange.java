package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.detention.monitoring.entity.FollowUpStatus;

/** The monitor's follow-up status of a recommendation. */
public record FollowUpChange(
        @NotNull(
                        message =
                                "is required: OPEN, IN_DIALOGUE, IMPLEMENTED,"
                                        + " PARTIALLY_IMPLEMENTED or NOT_IMPLEMENTED")
                FollowUpStatus status,
        @Size(max = 20000) String note) {}
