package org.asylon.returns.avrr.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.asylon.returns.gate.boundary.ProtectionCheckInput;
import org.asylon.returns.gate.control.DeskProtectionCheck;

/**
 * The departure with AVRR: when the person left, and the officer's protection-status check, which
 * the gate requires only when RSD's feed is not followed.
 */
public record NewDeparture(
        @NotNull(message = "give the time of the departure") Instant departedAt,
        @Valid ProtectionCheckInput protectionCheck) {

    DeskProtectionCheck deskCheck() {
        return ProtectionCheckInput.of(protectionCheck);
    }
}
