package org.asylon.returns.avrr.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why consent is withdrawn (the person's words or the officer's note); it stays in return. */
public record Withdrawal(
        @NotBlank(message = "give the reason for the withdrawal") @Size(max = 1000)
                String reason) {}
