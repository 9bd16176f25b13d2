package org.asylon.returns.outcome.entity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An alternative outcome as the officer records it: the profile's code, the permit or decision that
 * grants the stay, who granted it and when, how long it runs, and the reasons.
 *
 * @param validUntil null for a stay without an end date
 */
public record OutcomeTerms(
        String outcomeCode,
        String permitReference,
        String grantedBy,
        Instant grantedAt,
        LocalDate validFrom,
        LocalDate validUntil,
        String reasons) {}
