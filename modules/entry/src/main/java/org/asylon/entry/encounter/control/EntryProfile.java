package org.asylon.entry.encounter.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.Rule;

/**
 * The values of the active legal profile that an encounter's rules need, read by their rule names.
 */
@ApplicationScoped
public class EntryProfile {

    private ActiveProfile active;

    protected EntryProfile() {
        // for CDI's client proxy
    }

    @Inject
    public EntryProfile(ActiveProfile active) {
        this.active = active;
    }

    public EntryRules rules() {
        LegalProfile profile = active.profile();
        Map<String, String> grounds = new LinkedHashMap<>();
        profile.list(EntryRules.REFUSAL_GROUNDS)
                .forEach(item -> grounds.put(item.code(), item.basis()));
        Rule childDetention = profile.rule(EntryRules.CHILD_DETENTION);
        return new EntryRules(
                grounds,
                profile.text(EntryRules.NON_REFOULEMENT_BASIS)
                        + " ("
                        + profile.rule(EntryRules.NON_REFOULEMENT_BASIS).basis()
                        + ")",
                profile.integer(EntryRules.AGE_OF_MAJORITY),
                EntryRules.ChildDetention.of(profile.choice(EntryRules.CHILD_DETENTION)),
                childDetention.status() == LegalStatus.UNCONFIRMED
                        ? childDetention.basis() + " (unconfirmed)"
                        : childDetention.basis(),
                profile.calendar().zone());
    }
}
