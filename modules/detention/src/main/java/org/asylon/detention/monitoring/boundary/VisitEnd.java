package org.asylon.detention.monitoring.boundary;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/** The end of a visit recorded while it went on. */
public record VisitEnd(@NotNull(message = "is required: when the visit ended") Instant endedAt) {}
