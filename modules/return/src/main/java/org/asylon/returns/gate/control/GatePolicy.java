package org.asylon.returns.gate.control;

import java.time.Duration;
import java.util.Set;

/**
 * What the active legal profile says about the gate, read once per check ({@code GateProfile}).
 *
 * @param nonRefoulementBasis the legal basis of non-refoulement the profile states
 *     (entry.non-refoulement.basis), printed on every protection bar
 * @param overridable the codes of the bars the profile lets a named authority override
 *     (return.gate.overridable); the absolute bars are never overridable whatever it says
 * @param overridableBases each overridable code's legal basis, as the profile gives it
 * @param childDetermination whether a child's return needs a best-interests determination first
 *     (return.children.best-interests-determination)
 * @param childDeterminationBasis its basis
 * @param deskCheckMaximumAge how old an officer's check with the asylum authority may be at the
 *     moment of execution when RSD's feed is not followed (return.protection-check.maximum-age)
 */
public record GatePolicy(
        String nonRefoulementBasis,
        Set<String> overridable,
        java.util.Map<String, String> overridableBases,
        boolean childDetermination,
        String childDeterminationBasis,
        Duration deskCheckMaximumAge) {

    public GatePolicy {
        overridable = Set.copyOf(overridable);
        overridableBases = java.util.Map.copyOf(overridableBases);
    }
}
