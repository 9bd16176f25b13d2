package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.kernel.code.CountryCode;
import org.asylon.returns.operation.entity.OperationMode;
import org.asylon.returns.operation.entity.ReturnOperation;

/** A new plan for an operation, replacing the one before (escorts are kept). */
public record OperationPlan(
        @NotNull(message = "is required: FLIGHT, LAND or SEA") OperationMode mode,
        @NotNull(message = "is required: when the flight or crossing leaves") Instant departureAt,
        @NotBlank(message = "is required: the airport, port or crossing point") @Size(max = 200)
                String departurePlace,
        @NotBlank(message = "is required: the country of return") @CountryCode
                String destinationCountry,
        @Size(max = 200) String destinationPlace,
        @Size(max = 100) String carrierReference,
        @Size(max = 36) String travelDocumentId) {

    ReturnOperation.Plan toPlan() {
        return plan(
                mode,
                departureAt,
                departurePlace,
                destinationCountry,
                destinationPlace,
                carrierReference,
                travelDocumentId);
    }

    static ReturnOperation.Plan plan(
            OperationMode mode,
            Instant departureAt,
            String departurePlace,
            String destinationCountry,
            String destinationPlace,
            String carrierReference,
            String travelDocumentId) {
        return new ReturnOperation.Plan(
                mode,
                departureAt,
                departurePlace.trim(),
                destinationCountry.trim(),
                blankToNull(destinationPlace),
                blankToNull(carrierReference),
                blankToNull(travelDocumentId));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
