package org.asylon.returns.decision.control;

import java.time.Instant;

/**
 * An appeal as the officer records it: when and with which body it was lodged, its reference, and
 * whether the person asked the body to suspend enforcement.
 */
public record AppealTerms(
        Instant lodgedAt, String appealBody, String reference, boolean suspensionRequested) {}
