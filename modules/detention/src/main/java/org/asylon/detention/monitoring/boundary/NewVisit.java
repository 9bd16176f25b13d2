package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A visit as the monitor records it, at its start or afterwards; no approval is asked for. */
public record NewVisit(
        @NotBlank(message = "name the place visited (any registered place of detention)")
                @Size(max = 36)
                String facilityId,
        @NotBlank(message = "name the monitoring body, e.g. National Preventive Mechanism")
                @Size(max = 200)
                String monitoringBody,
        @NotNull(message = "is required: when the visit started") Instant startedAt,
        Instant endedAt,
        @NotNull(message = "is required: whether the visit was announced beforehand")
                Boolean announced,
        @NotEmpty(message = "name the members of the visiting team") @Size(max = 50)
                List<@NotBlank @Size(max = 200) String> team) {}
