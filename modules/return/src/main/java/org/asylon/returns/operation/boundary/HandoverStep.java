package org.asylon.returns.operation.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.asylon.returns.gate.boundary.ProtectionCheckInput;

/** The person is handed over at a border now, to the other state's authority named. */
public record HandoverStep(
        @NotBlank(message = "is required: the authority that takes the person over")
                @Size(max = 200)
                String receivingAuthority,
        @Valid ProtectionCheckInput protectionCheck) {}
