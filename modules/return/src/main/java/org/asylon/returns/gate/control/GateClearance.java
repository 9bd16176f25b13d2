package org.asylon.returns.gate.control;

import java.time.Instant;
import java.util.List;

/**
 * A step the gate let through: the recorded check, when, and why it was allowed where something
 * might have stood in its way (e.g. an appeal without suspensive effect under the profile's rule,
 * or an override by a named authority).
 */
public record GateClearance(String checkId, Instant at, List<String> notes, String overrideId) {}
