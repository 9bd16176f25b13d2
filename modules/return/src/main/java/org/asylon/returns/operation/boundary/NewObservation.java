package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.operation.entity.ObservationPhase;

/** What the monitor saw ({@code observedAt} absent: now; {@code concern} absent: false). */
public record NewObservation(
        @NotNull(message = "is required: PRE_DEPARTURE, DEPARTURE, IN_TRANSIT, ARRIVAL or OTHER")
                ObservationPhase phase,
        Instant observedAt,
        Boolean concern,
        @NotBlank(message = "is required: what you observed") @Size(max = 20000) String text) {

    boolean raisesConcern() {
        return Boolean.TRUE.equals(concern);
    }
}
