package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Exclusion considerations (1951 Convention, Art 1F; for an OAU state also Art I(5)): whether the
 * claim raised any, which clauses were examined, the analysis and its conclusion.
 */
public record ExclusionConsiderations(
        boolean triggersIdentified,
        /** The clauses examined as written in the instrument, e.g. "1F(b)". */
        @Size(max = 10) List<@Size(max = 40) String> clauses,
        @Size(max = 20000) String analysis,
        Finding finding) {

    public ExclusionConsiderations {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public enum Finding {
        NOT_EXCLUDED,
        EXCLUDED
    }
}
