package org.asylon.returns.decision.control;

import java.time.Instant;
import org.asylon.returns.decision.entity.DepartureEvidence;
import org.asylon.returns.gate.control.DeskProtectionCheck;

/**
 * A departure an officer confirms: when, where to, on what evidence, and the protection-status
 * check the gate needs when RSD's feed is not followed (may be null otherwise).
 */
public record DepartureReport(
        Instant departedAt,
        String destination,
        DepartureEvidence evidence,
        String crossingPoint,
        DeskProtectionCheck protectionCheck) {}
