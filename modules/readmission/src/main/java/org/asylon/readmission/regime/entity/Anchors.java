package org.asylon.readmission.regime.entity;

import java.time.Instant;

/**
 * The events of the requesting state that start its own time limit to ask, each null when it did
 * not happen or is not known: the application registered, the Eurodac or VIS hit received, the
 * irregular stay learnt of, the detention started.
 */
public record Anchors(
        Instant applicationRegisteredAt,
        Instant hitReceivedAt,
        Instant irregularStayKnownAt,
        Instant detentionStartedAt) {

    public static final Anchors NONE = new Anchors(null, null, null, null);
}
