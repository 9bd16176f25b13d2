package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.entry.encounter.entity.ScreeningForm;
import org.asylon.entry.encounter.entity.ScreeningReason;
import org.asylon.kernel.code.CountryCode;

/**
 * The screening form as the officer fills it in (Screening Regulation (EU) 2024/1356, Art 17(1));
 * {@code complete} closes the form and stops the clock.
 */
public record ScreeningInput(
        @Size(max = 10)
                List<@NotNull(message = "a country code, not null") @CountryCode String>
                        previousResidenceCountries,
        ScreeningReason reason,
        @Size(max = 2000) String healthCheckResult,
        Boolean noFurtherHealthCheckNeeded,
        @Size(max = 2000) String vulnerabilityCheckResult,
        @Size(max = 2000) String specialReceptionOrProceduralNeeds,
        @Size(max = 2000) String familyMembersInOtherStates,
        Boolean databaseHit,
        Boolean cooperated,
        Boolean complete) {

    ScreeningForm toForm() {
        return new ScreeningForm(
                previousResidenceCountries,
                reason,
                healthCheckResult,
                noFurtherHealthCheckNeeded,
                vulnerabilityCheckResult,
                specialReceptionOrProceduralNeeds,
                familyMembersInOtherStates,
                databaseHit,
                cooperated,
                Boolean.TRUE.equals(complete));
    }
}
