package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The profile to start from, for each kind of state, and the reasoning shown with it. */
class ProfileAdvisorTest {

    private final ProfileAdvisor advisor = new ProfileAdvisor();

    @ParameterizedTest(name = "party={0} oau={1} cartagena={2} eu={3} → {4}")
    @CsvSource({
        "no,  no,  no,  no,  non-convention-mandate",
        "no,  yes, no,  no,  non-convention-mandate", // the Convention question comes first
        "yes, yes, no,  no,  oau-1969",
        "yes, no,  yes, no,  cartagena-1984",
        "yes, no,  no,  yes, eu-pact-2026",
        "yes, no,  no,  no,  convention-1951"
    })
    void choosesTheProfileForEachKindOfState(
            String party, String oau, String cartagena, String eu, String expected) {
        ProfileRecommendation recommendation =
                advisor.recommend(
                        Sheets.party()
                                .profile("party-1951", party)
                                .profile("oau-1969", oau)
                                .profile("cartagena-1984", cartagena)
                                .profile("eu-member-state", eu)
                                .sheet());
        assertEquals(expected, recommendation.profile());
    }

    @Test
    void showsEveryRuleCheckedUpToTheOneThatApplied() {
        ProfileRecommendation recommendation =
                advisor.recommend(Sheets.party().profile("eu-member-state", "yes").sheet());
        assertEquals(4, recommendation.reasoning().size());
        assertTrue(
                recommendation.reasoning().get(0).contains("1951 Convention")
                        && recommendation
                                .reasoning()
                                .get(0)
                                .endsWith("not non-convention-mandate."));
        assertTrue(
                recommendation
                        .reasoning()
                        .get(3)
                        .contains("EU Member State? Answer: yes. → eu-pact-2026"));
    }

    @Test
    void fallsBackToConvention1951WithTheReasonWhenNoRuleApplies() {
        ProfileRecommendation recommendation = advisor.recommend(Sheets.party().sheet());
        assertEquals("convention-1951", recommendation.profile());
        assertTrue(
                recommendation
                        .reasoning()
                        .get(4)
                        .startsWith("No rule above applies → convention-1951"));
        assertTrue(recommendation.notes().isEmpty());
    }

    @Test
    void notesALaterRuleThatAlsoHolds() {
        ProfileRecommendation recommendation =
                advisor.recommend(
                        Sheets.party()
                                .profile("oau-1969", "yes")
                                .profile("eu-member-state", "yes")
                                .sheet());
        assertEquals("oau-1969", recommendation.profile());
        assertTrue(
                recommendation.reasoning().stream()
                        .anyMatch(r -> r.contains("eu-pact-2026 that your law requires")));
    }

    @Test
    void aProfileNotYetShippedIsNamedAndTheNearestShippedOneUsedMeanwhile() {
        ProfileRecommendation recommendation =
                advisor.recommend(Sheets.party().profile("cartagena-1984", "yes").sheet());
        assertEquals("cartagena-1984", recommendation.profile());
        assertEquals(ProfileAdvisor.shipped("cartagena-1984"), recommendation.shipped());
        assertEquals(
                recommendation.shipped() ? "cartagena-1984" : "convention-1951",
                recommendation.startFrom());
        assertTrue(ProfileAdvisor.shipped("non-convention-mandate"));
        assertFalse(ProfileAdvisor.shipped("no-such-profile"));
    }

    @Test
    void nonPartyStateWithItsOwnAuthorityIsToldToChangeTheReferralRule() {
        ProfileRecommendation recommendation =
                advisor.recommend(Sheets.party().profile("party-1951", "no").sheet());
        assertEquals("non-convention-mandate", recommendation.profile());
        assertTrue(
                recommendation
                        .notes()
                        .get(0)
                        .contains("entry.protection-request.referral = national-asylum-authority"));
    }

    @Test
    void partyStateWhereUnhcrDecidesIsToldToReferToUnhcr() {
        ProfileRecommendation recommendation =
                advisor.recommend(Sheets.party().profile("rsd-conducted-by", "unhcr").sheet());
        assertEquals("convention-1951", recommendation.profile());
        assertTrue(
                recommendation
                        .notes()
                        .get(0)
                        .contains("entry.protection-request.referral = unhcr-mandate"));
    }
}
