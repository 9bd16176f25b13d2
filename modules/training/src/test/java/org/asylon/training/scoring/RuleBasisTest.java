package org.asylon.training.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/**
 * A key names a profile rule, an invariant the modules publish, or a readmission regime's rule
 * ({@code regime.*}), whose basis is in the regime the profile binds.
 */
class RuleBasisTest {

    private static final LegalProfile EU_PACT = new ProfileLoader().load("eu-pact-2026");

    @Test
    void aRegimeRuleHasTheBasisOfTheRegimeTheProfileBinds() {
        assertEquals(
                "Asylum and Migration Management Regulation (EU) 2024/1351, Art 41(1)",
                RuleBasis.of(EU_PACT, "regime.take-back-notification.request.hit.deadline"));
    }

    @Test
    void aRuleNoRegimeNorTheProfileHasSaysSo() {
        String basis = RuleBasis.of(EU_PACT, "regime.invented.deadline");
        assertTrue(basis.startsWith("profile eu-pact-2026 states no basis for"), basis);
    }
}
