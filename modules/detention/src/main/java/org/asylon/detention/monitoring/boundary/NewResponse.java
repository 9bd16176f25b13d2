package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.detention.monitoring.entity.Stance;

/** The detention authority's response to a recommendation. */
public record NewResponse(
        @NotBlank(message = "write the authority's response") @Size(max = 20000) String response,
        @NotNull(message = "is required: ACCEPTED, PARTIALLY_ACCEPTED or REJECTED") Stance stance,
        LocalDate plannedBy) {}
