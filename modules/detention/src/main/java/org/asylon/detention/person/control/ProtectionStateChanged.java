package org.asylon.detention.person.control;

import java.time.Instant;
import org.asylon.detention.person.entity.ProtectionState;

/**
 * A person's protection state changed (the border, RSD's feed or the desk), fired synchronously in
 * the transaction that changed it, so that the orders resting on a ground the new state no longer
 * allows go to review in that same transaction (or not at all).
 */
public record ProtectionStateChanged(
        String personId,
        ProtectionState previous,
        ProtectionState current,
        String source,
        Instant at,
        String actor) {}
