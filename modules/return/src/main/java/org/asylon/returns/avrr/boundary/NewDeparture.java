package org.asylon.returns.avrr.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;

/**
 * The departure with AVRR: when the person left, and the officer's protection-status check, which
 * the gate requires only when RSD's feed is not followed.
 */
public record NewDeparture(
        @NotNull(message = "give the time of the departure") Instant departedAt,
        @Valid ProtectionCheck protectionCheck) {

    /**
     * Where the officer checked the person's protection status, its reference, when, the finding.
     */
    public record ProtectionCheck(
            @NotBlank(message = "name where the status was checked") @Size(max = 200) String source,
            @Size(max = 200) String reference,
            @NotNull(message = "give the time of the check") Instant checkedAt,
            @NotNull(message = "give the finding") DeskFinding finding) {}

    DeskProtectionCheck deskCheck() {
        return protectionCheck == null
                ? null
                : new DeskProtectionCheck(
                        protectionCheck.source(),
                        protectionCheck.reference(),
                        protectionCheck.checkedAt(),
                        protectionCheck.finding());
    }
}
