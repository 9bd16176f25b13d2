package org.asylon.rsd.triage.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The grounds an officer indicates (codes of the profile's grounds lists); none: data-decided
 * grounds only.
 */
public record TriageRequest(
        @Size(max = 20, message = "at most 20 grounds")
                List<@NotNull(message = "a ground code, not null") @Size(max = 60) String>
                        grounds) {

    public List<String> groundsOrNone() {
        return grounds == null ? List.of() : grounds;
    }
}
