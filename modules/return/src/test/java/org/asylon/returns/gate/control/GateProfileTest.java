package org.asylon.returns.gate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The gate's rules as the reference profiles set them. */
class GateProfileTest {

    static GatePolicy policy(String profile) {
        return GateProfile.policyOf(new ProfileLoader().load(profile));
    }

    @Test
    void theEuProfileLetsOnlyASubsequentApplicationBeOverriddenAndLabelsItUnconfirmed() {
        GatePolicy eu = policy("eu-pact-2026");
        assertEquals(Set.of(GateRules.SUBSEQUENT_APPLICATION_PENDING), eu.overridable());
        assertTrue(
                eu.overridableBases()
                        .get(GateRules.SUBSEQUENT_APPLICATION_PENDING)
                        .contains("[unconfirmed]"));
        assertTrue(eu.childDetermination());
        assertTrue(eu.childDeterminationBasis().contains("Art 13"), eu.childDeterminationBasis());
        assertEquals(Duration.ofHours(24), eu.deskCheckMaximumAge());
    }

    @Test
    void theConventionAndNonConventionProfilesLetNothingBeOverridden() {
        for (String name :
                new String[] {
                    "convention-1951", "non-convention-mandate", "oau-1969", "cartagena-1984"
                }) {
            GatePolicy p = policy(name);
            assertEquals(Set.of(), p.overridable(), name);
            assertTrue(p.childDetermination(), name);
            assertTrue(!p.nonRefoulementBasis().isBlank(), name);
        }
    }
}
