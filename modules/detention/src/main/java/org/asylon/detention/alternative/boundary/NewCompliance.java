package org.asylon.detention.alternative.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.detention.alternative.entity.ComplianceKind;

/** One occasion of compliance or breach ({@code at} absent: now). */
public record NewCompliance(
        @NotNull(message = "is required: COMPLIED or BREACH") ComplianceKind kind,
        Instant at,
        @Size(max = 4000) String note) {}
