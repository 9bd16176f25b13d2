package org.asylon.returns.operation.control;

import java.time.Instant;
import org.asylon.returns.operation.entity.FitnessFinding;

/** A doctor's finding on fitness to travel, as operations staff record it. */
public record FitnessTerms(
        FitnessFinding finding,
        Instant assessedAt,
        String assessedBy,
        String certificateReference,
        String conditions) {}
