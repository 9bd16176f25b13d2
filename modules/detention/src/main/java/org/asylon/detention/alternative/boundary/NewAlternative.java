package org.asylon.detention.alternative.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.detention.alternative.control.NewAlternativeTerms;

/** An alternative to detention: which one, its conditions, when it runs, how often to report. */
public record NewAlternative(
        @NotBlank(message = "is required: a code of the profile's detention.alternatives")
                @Size(max = 60)
                String code,
        @NotBlank(message = "is required: the conditions the person must meet") @Size(max = 8000)
                String conditions,
        Instant startsAt,
        Instant endsAt,
        @Size(max = 40) String reportingInterval) {

    NewAlternativeTerms toTerms() {
        return new NewAlternativeTerms(
                code.trim(), conditions, startsAt, endsAt, reportingInterval);
    }
}
