package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.decision.control.AppealTerms;

/** An appeal against a return decision, as lodged with the appeal body. */
public record NewAppeal(
        @NotNull(message = "is required: when the appeal body received it (RFC 3339)")
                Instant lodgedAt,
        @NotBlank(message = "is required: the court or body it was lodged with") @Size(max = 200)
                String appealBody,
        @Size(max = 100) String reference,
        Boolean suspensionRequested) {

    AppealTerms toTerms() {
        return new AppealTerms(
                lodgedAt, appealBody, reference, Boolean.TRUE.equals(suspensionRequested));
    }
}
