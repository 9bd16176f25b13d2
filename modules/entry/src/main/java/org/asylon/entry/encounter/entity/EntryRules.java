package org.asylon.entry.encounter.entity;

import java.util.Map;

/**
 * The rules of the active legal profile that an encounter needs to decide its outcome: the refusal
 * grounds the state's law allows (code to legal basis) and the legal basis of the prohibition of
 * refoulement that bars refusing a person who asked for protection.
 *
 * @param refusalGrounds      {@code entry.refusal.grounds}: ground code to its legal basis
 * @param nonRefoulementBasis {@code entry.non-refoulement.basis}
 */
public record EntryRules(Map<String, String> refusalGrounds, String nonRefoulementBasis) {

    public EntryRules {
        refusalGrounds = Map.copyOf(refusalGrounds);
    }
}
