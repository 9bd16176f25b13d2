package org.asylon.returns.decision.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.returns.decision.entity.AppealOutcome;

/** The appeal body's decision on the appeal. */
public record AppealRuling(
        @NotNull(message = "is required: DISMISSED, ANNULLED or WITHDRAWN") AppealOutcome outcome,
        @NotNull(message = "is required: when the body decided (RFC 3339)") Instant decidedAt,
        @Size(max = 100) String reference) {}
