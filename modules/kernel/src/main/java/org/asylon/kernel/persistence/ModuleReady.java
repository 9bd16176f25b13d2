package org.asylon.kernel.persistence;

/**
 * Fired once the module's database is migrated; observe it to load data or start feed followers.
 */
public record ModuleReady(String module) {}
