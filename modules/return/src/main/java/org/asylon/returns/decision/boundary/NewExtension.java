package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An extension of the period for voluntary departure. Whether the circumstances are the profile's
 * is a legal rule checked on the decision (422 rule-violated), not a field check.
 */
public record NewExtension(
        @NotNull(message = "is required: the days added") @Min(1) @Max(3650) Integer days,
        @Size(max = 10) List<@NotBlank @Size(max = 60) String> circumstances,
        @NotBlank(message = "is required: why this person needs more time") @Size(max = 8000)
                String reasons) {

    List<String> circumstancesOrNone() {
        return circumstances == null ? List.of() : circumstances;
    }
}
