package org.asylon.training.setup;

import java.util.Map;

/**
 * What a batch of setup steps left: the ids captured by name, and the records tied to a persona (a
 * capture {@code x.A} ties its record to persona A; the scorer counts that record for the trainee
 * it was seeded for).
 *
 * @param seeded record id → cast alias
 */
public record SetupResult(Map<String, String> captures, Map<String, String> seeded) {}
