package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/**
 * The refusal grounds, and every other rule, can be read before a 422 tells an officer about them.
 */
class ProfileRulesResourceTest {

    private final ProfileRulesResource resource = resource();

    @Test
    void theRefusalGroundsAreListedWithTheirBasisAndStatus() {
        List<ProfileRulesResource.RuleView> rules = resource.rules("entry.refusal.grounds");

        assertEquals(1, rules.size(), rules::toString);
        ProfileRulesResource.RuleView grounds = rules.get(0);
        assertEquals("list", grounds.kind());
        assertEquals("convention-1951", grounds.profile());
        assertTrue(
                grounds.items().stream()
                        .anyMatch(
                                i ->
                                        i.code().equals("no-valid-travel-document")
                                                && !i.basis().isBlank()
                                                && i.status().equals("national-choice")),
                grounds::toString);
    }

    @Test
    void withoutAPrefixEveryRuleIsListedAndOnlyListRulesHaveItems() {
        List<ProfileRulesResource.RuleView> rules = resource.rules(null);

        LegalProfile profile = resource.active.profile();
        int regimeRules = profile.regimes().stream().mapToInt(r -> r.rules().rules().size()).sum();
        assertEquals(profile.rules().size() + regimeRules, rules.size());
        assertTrue(regimeRules > 0);
        assertTrue(
                rules.stream()
                        .filter(r -> !r.kind().equals("list"))
                        .allMatch(r -> r.items() == null));
        assertFalse(rules.stream().anyMatch(r -> r.basis() == null || r.basis().isBlank()));
    }

    @Test
    void theRulesOfEachRegimeFollowMarkedWithTheirRegime() {
        List<ProfileRulesResource.RuleView> rules = resource.rules("regime.transfer.deadline");

        assertEquals(1, rules.size(), rules::toString);
        assertEquals("bilateral-model", rules.get(0).regime());
        assertEquals("convention-1951", rules.get(0).profile());
        assertTrue(
                resource.rules("entry.").stream().allMatch(r -> r.regime() == null),
                "the profile's own rules name no regime");
    }

    @Test
    void aPrefixThatIsNotARuleNameIsRefusedNamingTheParameter() {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> resource.rules("<script>"));
        assertEquals("prefix", refused.fieldErrors().get(0).field());
    }

    private static ProfileRulesResource resource() {
        ProfileRulesResource made = new ProfileRulesResource();
        ActiveProfile active = new ActiveProfile();
        active.name = "convention-1951";
        active.directory = Optional.empty();
        active.load();
        made.active = active;
        return made;
    }
}
