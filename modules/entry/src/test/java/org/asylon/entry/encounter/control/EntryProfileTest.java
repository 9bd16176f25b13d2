package org.asylon.entry.encounter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.EntryRules.ChildDetention;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The rules an encounter applies come from the active legal profile, by their rule names. */
class EntryProfileTest {

    private static EntryRules under(String profile) {
        return new EntryProfile(new ActiveProfile(new ProfileLoader(), profile)).rules();
    }

    @Test
    void theAgeOfMajorityAndWhetherAChildMayBeDetainedAreTheProfiles() {
        EntryRules pact = under("eu-pact-2026");
        assertEquals(18, pact.ageOfMajority());
        assertEquals(ChildDetention.LAST_RESORT, pact.childDetention());
        assertTrue(
                pact.childDetentionBasis()
                        .contains("Reception Conditions Directive (EU) 2024/1346, Art 13(2)"),
                pact.childDetentionBasis());
        for (String neverDetained :
                new String[] {
                    "convention-1951", "oau-1969", "cartagena-1984", "non-convention-mandate"
                }) {
            assertEquals(
                    ChildDetention.NEVER, under(neverDetained).childDetention(), neverDetained);
        }
        assertTrue(pact.refusalGrounds().containsKey("no-valid-travel-document"));
    }
}
