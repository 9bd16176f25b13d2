package org.asylon.kernel.profile;

/**
 * A module-facing rule declared in {@code rules.catalogue}: the contract between the modules' code and the
 * profiles. A profile may only define catalogued rules (or {@code local.*} rules of its own), each with the
 * catalogued kind; {@code required} rules must be present in every complete profile.
 *
 * @param module  the module that reads the rule (entry, reception, rsd, detention, return, ...)
 */
public record CatalogueRule(String name, RuleKind kind, String module, boolean required, String description) {
}
