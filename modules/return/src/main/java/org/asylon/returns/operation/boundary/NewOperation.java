package org.asylon.returns.operation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.CountryCode;
import org.asylon.returns.operation.entity.Escort;
import org.asylon.returns.operation.entity.OperationMode;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * A return operation: how, when, from where, to which country, on which travel document (if one is
 * requested already), with its escorts (if known).
 */
public record NewOperation(
        @NotNull(message = "is required: FLIGHT, LAND or SEA") OperationMode mode,
        @NotNull(message = "is required: when the flight or crossing leaves") Instant departureAt,
        @NotBlank(message = "is required: the airport, port or crossing point") @Size(max = 200)
                String departurePlace,
        @NotBlank(message = "is required: the country of return") @CountryCode
                String destinationCountry,
        @Size(max = 200) String destinationPlace,
        @Size(max = 100) String carrierReference,
        @Size(max = 36) String travelDocumentId,
        @Size(max = 20) List<@Valid @NotNull EscortInput> escorts) {

    ReturnOperation.Plan toPlan() {
        return OperationPlan.plan(
                mode,
                departureAt,
                departurePlace,
                destinationCountry,
                destinationPlace,
                carrierReference,
                travelDocumentId);
    }

    List<Escort> toEscorts() {
        return escorts == null ? List.of() : escorts.stream().map(EscortInput::toEscort).toList();
    }
}
