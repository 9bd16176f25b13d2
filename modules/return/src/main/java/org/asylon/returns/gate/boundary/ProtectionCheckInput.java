package org.asylon.returns.gate.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.DeskProtectionCheck.DeskFinding;

/**
 * The protection-status check the officer made at the asylum authority just before an execution
 * step, as every step's request body carries it ({@code protectionCheck}, OpenAPI schema {@code
 * ProtectionCheck}): required by the gate where RSD's feed is not followed or cannot be read at
 * that moment; elsewhere it can only add a bar.
 */
public record ProtectionCheckInput(
        @NotBlank(message = "is required: where you checked (register, duty desk)") @Size(max = 500)
                String source,
        @NotBlank(message = "is required: the reference of the check (query, call log)")
                @Size(max = 200)
                String reference,
        @NotNull(message = "is required: when you checked") Instant checkedAt,
        @NotNull(
                        message =
                                "is required: NO_CLAIM, CLAIM_PENDING, SUSPENSIVE_APPEAL_PENDING or"
                                        + " PROTECTION_GRANTED")
                DeskFinding finding) {

    public DeskProtectionCheck toCheck() {
        return new DeskProtectionCheck(source.strip(), reference.strip(), checkedAt, finding);
    }

    /** The check for the gate, or null when the step carries none. */
    public static DeskProtectionCheck of(ProtectionCheckInput input) {
        return input == null ? null : input.toCheck();
    }
}
