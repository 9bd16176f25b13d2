package org.asylon.returns.operation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;

/**
 * The protection-status check the officer made at the asylum authority just before the step
 * (required by the gate only where RSD's feed is not followed).
 */
public record ProtectionCheckInput(
        @NotBlank(message = "is required: where you checked (register, duty desk)") @Size(max = 200)
                String source,
        @Size(max = 100) String reference,
        @NotNull(message = "is required: when you checked") Instant checkedAt,
        @NotNull(
                        message =
                                "is required: NO_CLAIM, CLAIM_PENDING, SUSPENSIVE_APPEAL_PENDING or"
                                        + " PROTECTION_GRANTED")
                DeskFinding finding) {

    DeskProtectionCheck toCheck() {
        return new DeskProtectionCheck(source.trim(), reference, checkedAt, finding);
    }

    static DeskProtectionCheck of(ProtectionCheckInput input) {
        return input == null ? null : input.toCheck();
    }
}
