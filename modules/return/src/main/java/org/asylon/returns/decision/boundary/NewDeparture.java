package org.asylon.returns.decision.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.kernel.code.CountryCode;
import org.asylon.returns.decision.control.DepartureReport;
import org.asylon.returns.decision.entity.DepartureEvidence;
import org.asylon.returns.gate.boundary.ProtectionCheckInput;

/**
 * The person's departure on their own, for the officer to confirm. The protection-status check is
 * what the officer found at the asylum authority; the gate requires it only when RSD's feed is not
 * followed.
 */
public record NewDeparture(
        @NotNull(message = "is required: when the person left (RFC 3339)") Instant departedAt,
        @NotBlank(message = "is required: the country the person left for") @CountryCode
                String destination,
        @NotNull(
                        message =
                                "is required: EXIT_CHECK, SEEN_LEAVING, ARRIVAL_ATTESTATION or"
                                        + " TRAVEL_DOCUMENTS")
                DepartureEvidence evidence,
        @Size(max = 200) String crossingPoint,
        @Valid ProtectionCheckInput protectionCheck) {

    DepartureReport toReport() {
        return new DepartureReport(
                departedAt,
                destination.trim(),
                evidence,
                crossingPoint == null || crossingPoint.isBlank() ? null : crossingPoint.strip(),
                ProtectionCheckInput.of(protectionCheck));
    }
}
