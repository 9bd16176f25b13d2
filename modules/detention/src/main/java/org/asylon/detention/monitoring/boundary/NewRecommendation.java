package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.detention.monitoring.entity.Category;
import org.asylon.detention.monitoring.entity.Priority;

/** A recommendation to the authorities (OPCAT Art 19(b)), filed by category. */
public record NewRecommendation(
        @Size(max = 36) String facilityId,
        @NotNull(
                        message =
                                "is required: LIVING_CONDITIONS, SOLITARY_CONFINEMENT, CHILDREN,"
                                        + " LEGAL_SAFEGUARDS, HEALTH or OTHER")
                Category category,
        @NotBlank(message = "write the recommendation") @Size(max = 20000) String text,
        @NotNull(message = "is required: URGENT, HIGH, MEDIUM or LOW") Priority priority) {}
