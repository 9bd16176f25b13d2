package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Whether the applicant meets one refugee definition the active profile applies — a code of the
 * profile's {@code asylum.refugee-definitions} list, e.g. {@code oau-1969} or {@code
 * cartagena-1984}.
 */
public record DefinitionFinding(
        @NotBlank(message = "name a definition of the profile's asylum.refugee-definitions list")
                String definition,
        @NotNull(message = "use MET or NOT_MET") Met finding,
        @NotBlank(message = "give the reasoning") @Size(max = 20000) String reasoning) {

    public enum Met {
        MET,
        NOT_MET
    }
}
