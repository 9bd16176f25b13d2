package org.asylon.entry.encounter.entity;

import java.util.List;

/** The officer's entries on the screening form (Art 17(1)(b)-(i) beyond the person details). */
public record ScreeningForm(
        List<String> previousResidenceCountries,
        ScreeningReason reason,
        String healthCheckResult,
        Boolean noFurtherHealthCheckNeeded,
        String vulnerabilityCheckResult,
        String specialReceptionOrProceduralNeeds,
        String familyMembersInOtherStates,
        Boolean databaseHit,
        Boolean cooperated,
        boolean complete) {

    public ScreeningForm {
        previousResidenceCountries =
                previousResidenceCountries == null
                        ? List.of()
                        : List.copyOf(previousResidenceCountries);
    }
}
