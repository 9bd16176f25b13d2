package org.asylon.detention.order.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.detention.order.control.Extension;

/** An extension of detention: reasons, the proportionality reassessed, the new end. */
public record NewExtension(
        @NotBlank(message = "is required: why detention must continue") @Size(max = 8000)
                String reasons,
        @Size(max = 8000) String proportionality,
        @NotNull(message = "is required: the new end of detention (RFC 3339)") Instant newEnd,
        @Size(max = 200) String court,
        @Size(max = 100) String decisionReference) {

    Extension toExtension() {
        return new Extension(reasons, proportionality, newEnd, court, decisionReference);
    }
}
