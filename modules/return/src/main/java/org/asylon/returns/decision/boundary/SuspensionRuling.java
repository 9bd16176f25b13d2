package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** The appeal body's ruling on suspending enforcement while it decides. */
public record SuspensionRuling(
        @NotNull(message = "is required: true when the body suspended enforcement") Boolean granted,
        @NotNull(message = "is required: when the body ruled (RFC 3339)") Instant ruledAt,
        @Size(max = 100) String reference) {}
