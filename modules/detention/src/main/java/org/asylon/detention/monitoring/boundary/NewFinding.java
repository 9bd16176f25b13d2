package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.asylon.detention.monitoring.entity.Standard;

/** A finding checked against a standard (OPCAT Art 19(a)). */
public record NewFinding(
        @NotNull(
                        message =
                                "is required: LIVING_SPACE, SOLITARY_CONFINEMENT, CHILD_DETAINED,"
                                        + " OVERDUE_REVIEW, RELEASE_OVERDUE,"
                                        + " HELD_ON_LAPSED_GROUND or OTHER")
                Standard standard,
        @Size(max = 36) String roomId,
        @Pattern(
                        regexp = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                        message = "must be a detained person's id, or be left out")
                String personId,
        @NotBlank(message = "write the finding") @Size(max = 50000) String text) {}
