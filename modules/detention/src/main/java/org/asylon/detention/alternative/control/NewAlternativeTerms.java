package org.asylon.detention.alternative.control;

import java.time.Instant;

/** An alternative to detention the authority orders. */
public record NewAlternativeTerms(
        String code,
        String conditions,
        Instant startsAt,
        Instant endsAt,
        String reportingInterval) {}
