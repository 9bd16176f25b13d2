package org.asylon.detention.order.entity;

import java.time.Instant;
import java.util.List;

/** What the authority orders: the terms an order is checked on. */
public record OrderTerms(
        String groundCode,
        String necessity,
        String proportionality,
        List<AlternativeConsidered> alternativesConsidered,
        AuthorityKind authorityKind,
        String authorityName,
        Instant startsAt,
        String facilityId,
        String roomId,
        String exceptionalReviewReasons,
        String bestInterestsReasons) {}
