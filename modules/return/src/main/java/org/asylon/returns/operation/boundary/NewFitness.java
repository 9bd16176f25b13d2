package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.operation.control.FitnessTerms;
import org.asylon.returns.operation.entity.FitnessFinding;

/** A doctor's finding on fitness to travel ({@code assessedAt} absent: now). */
public record NewFitness(
        @NotNull(message = "is required: FIT, FIT_WITH_CONDITIONS or NOT_FIT")
                FitnessFinding finding,
        Instant assessedAt,
        @NotBlank(message = "is required: the doctor or medical service") @Size(max = 200)
                String assessedBy,
        @Size(max = 100) String certificateReference,
        @Size(max = 4000) String conditions) {

    FitnessTerms toTerms() {
        return new FitnessTerms(
                finding,
                assessedAt,
                assessedBy.trim(),
                certificateReference == null || certificateReference.isBlank()
                        ? null
                        : certificateReference.trim(),
                conditions);
    }
}
