package org.asylon.rsd.decision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.InadmissibilityGround;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The profile's decision rules, under the EU Pact, the 1951 Convention, the OAU Convention and
 * UNHCR's mandate.
 */
class DecisionRulesTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-07-01");
    private static final ProfileLoader PROFILES = new ProfileLoader();

    private static DecisionRules rules(String profile) {
        return new DecisionRules(PROFILES.load(profile));
    }

    private static Terms decide(String profile, Outcome outcome, String basis) {
        return rules(profile)
                .check(
                        new Proposal(outcome, basis, null, null, "Reasons in writing.", null, null),
                        TODAY);
    }

    private static ProblemException refused(Runnable action) {
        return assertThrows(ProblemException.class, action::run);
    }

    private static String field(ProblemException p) {
        return p.fieldErrors().isEmpty() ? null : p.fieldErrors().get(0).field();
    }

    /** A proposal with the right basis for each outcome, so that only the reasons are missing. */
    private static Proposal withReasons(Outcome outcome, String reasons) {
        return switch (outcome) {
            case RECOGNISED_REFUGEE ->
                    new Proposal(outcome, "convention-1951", null, null, reasons, null, null);
            case COMPLEMENTARY_PROTECTION ->
                    new Proposal(
                            outcome,
                            "national-complementary-protection",
                            null,
                            null,
                            reasons,
                            null,
                            null);
            case INADMISSIBLE ->
                    new Proposal(
                            outcome,
                            null,
                            InadmissibilityGround.SAFE_THIRD_COUNTRY,
                            "TUR",
                            reasons,
                            null,
                            null);
            default -> new Proposal(outcome, null, null, null, reasons, null, null);
        };
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeNeedsWrittenReasons(Outcome outcome) {
        for (String blank : new String[] {null, "", "   \n\t"}) {
            ProblemException p =
                    refused(
                            () ->
                                    rules("convention-1951")
                                            .check(withReasons(outcome, blank), TODAY));
            assertEquals(ProblemType.VALIDATION_FAILED, p.type());
            assertEquals(422, p.type().status());
            assertEquals("reasons", field(p));
            assertEquals(Decision.REASONS_REQUIRED, p.getMessage());
        }
        assertEquals(
                outcome,
                rules("convention-1951")
                        .check(withReasons(outcome, " Reasons. "), TODAY)
                        .outcome());
        assertEquals(
                "Reasons.",
                rules("convention-1951")
                        .check(withReasons(outcome, " Reasons. "), TODAY)
                        .reasons());
    }

    @Test
    void theEuPactRecognisesOnItsOwnDefinitionsOnly() {
        assertEquals(
                "convention-1951",
                decide("eu-pact-2026", Outcome.RECOGNISED_REFUGEE, "convention-1951")
                        .legalBasis()
                        .code());
        assertEquals(
                "Qualification Regulation (EU) 2024/1347, Art 10",
                decide("eu-pact-2026", Outcome.RECOGNISED_REFUGEE, "eu-qualification")
                        .legalBasis()
                        .text());
        ProblemException oau =
                refused(() -> decide("eu-pact-2026", Outcome.RECOGNISED_REFUGEE, "oau-1969"));
        assertEquals(ProblemType.RULE_VIOLATED, oau.type());
        assertEquals(DecisionRules.DEFINITIONS, oau.extensions().get("rule"));
        assertTrue(((String) oau.extensions().get("legalBasis")).contains("2024/1347"));
        assertEquals("legalBasis", field(oau));
        assertTrue(oau.getMessage().contains("'oau-1969'"), oau.getMessage());
        // subsidiary protection is listed among the definitions but is no ground for refugee status
        assertEquals(
                DecisionRules.DEFINITIONS,
                refused(
                                () ->
                                        decide(
                                                "eu-pact-2026",
                                                Outcome.RECOGNISED_REFUGEE,
                                                "eu-subsidiary-protection"))
                        .extensions()
                        .get("rule"));
        assertEquals(
                DecisionRules.COMPLEMENTARY,
                decide("eu-pact-2026", Outcome.COMPLEMENTARY_PROTECTION, "eu-subsidiary-protection")
                        .legalBasis()
                        .rule());
        assertEquals(
                "legalBasis",
                field(
                        refused(
                                () ->
                                        decide(
                                                "eu-pact-2026",
                                                Outcome.COMPLEMENTARY_PROTECTION,
                                                "convention-1951"))));
        assertEquals(
                "legalBasis",
                field(refused(() -> decide("eu-pact-2026", Outcome.RECOGNISED_REFUGEE, null))));
    }

    @Test
    void anOauStateAppliesTheExtendedDefinitionButNotCartagena() {
        assertEquals(
                "oau-1969",
                decide("oau-1969", Outcome.RECOGNISED_REFUGEE, "oau-1969").legalBasis().code());
        assertEquals(
                "convention-1951",
                decide("oau-1969", Outcome.RECOGNISED_REFUGEE, "convention-1951")
                        .legalBasis()
                        .code());
        assertEquals(
                DecisionRules.DEFINITIONS,
                refused(() -> decide("oau-1969", Outcome.RECOGNISED_REFUGEE, "cartagena-1984"))
                        .extensions()
                        .get("rule"));
        assertEquals(
                DecisionRules.DEFINITIONS,
                refused(() -> decide("convention-1951", Outcome.RECOGNISED_REFUGEE, "oau-1969"))
                        .extensions()
                        .get("rule"));
        assertEquals(
                "cartagena-1984",
                decide("cartagena-1984", Outcome.RECOGNISED_REFUGEE, "cartagena-1984")
                        .legalBasis()
                        .code());
        assertEquals("DETERMINATION", decide("oau-1969", Outcome.REJECTED, null).kind().name());
    }

    @Test
    void whereUnhcrDecidesTheStateRecordsUnhcrsOutcome() {
        DecisionRules mandate = rules("non-convention-mandate");
        assertTrue(mandate.unhcrDecides());
        Terms recorded =
                mandate.check(
                        new Proposal(
                                Outcome.RECOGNISED_REFUGEE,
                                "unhcr-extended-mandate",
                                null,
                                null,
                                "UNHCR's reasons as communicated.",
                                "UNHCR-MYS-2026-0042",
                                LocalDate.parse("2026-06-20")),
                        TODAY);
        assertEquals(DecisionKind.RECORDED_UNHCR_OUTCOME, recorded.kind());
        assertEquals("UNHCR-MYS-2026-0042", recorded.unhcrReference());
        assertEquals(
                DecisionRules.DEFINITIONS,
                refused(
                                () ->
                                        mandate.check(
                                                new Proposal(
                                                        Outcome.RECOGNISED_REFUGEE,
                                                        "convention-1951",
                                                        null,
                                                        null,
                                                        "r",
                                                        "UNHCR-1",
                                                        TODAY),
                                                TODAY))
                        .extensions()
                        .get("rule"));
        assertEquals(
                "unhcrReference",
                field(
                        refused(
                                () ->
                                        mandate.check(
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        null,
                                                        null,
                                                        null,
                                                        "r",
                                                        null,
                                                        TODAY),
                                                TODAY))));
        assertEquals(
                "unhcrDecidedOn",
                field(
                        refused(
                                () ->
                                        mandate.check(
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        null,
                                                        null,
                                                        null,
                                                        "r",
                                                        "UNHCR-1",
                                                        null),
                                                TODAY))));
        assertEquals(
                "unhcrDecidedOn",
                field(
                        refused(
                                () ->
                                        mandate.check(
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        null,
                                                        null,
                                                        null,
                                                        "r",
                                                        "UNHCR-1",
                                                        TODAY.plusDays(1)),
                                                TODAY))));
        for (Outcome notUnhcrs :
                List.of(
                        Outcome.COMPLEMENTARY_PROTECTION,
                        Outcome.INADMISSIBLE,
                        Outcome.MANIFESTLY_UNFOUNDED)) {
            ProblemException p = refused(() -> mandate.check(withReasons(notUnhcrs, "r"), TODAY));
            assertEquals(DecisionRules.AUTHORITY, p.extensions().get("rule"), notUnhcrs.name());
        }
        // and a state that decides itself records no UNHCR reference
        assertEquals(
                "unhcrReference",
                field(
                        refused(
                                () ->
                                        rules("convention-1951")
                                                .check(
                                                        new Proposal(
                                                                Outcome.REJECTED,
                                                                null,
                                                                null,
                                                                null,
                                                                "r",
                                                                "UNHCR-1",
                                                                TODAY),
                                                        TODAY))));
    }

    @Test
    void complementaryProtectionNeedsABasisInTheProfile() {
        ProblemException none =
                refused(
                        () ->
                                decide(
                                        "non-convention-mandate",
                                        Outcome.COMPLEMENTARY_PROTECTION,
                                        "x"));
        assertEquals(ProblemType.RULE_VIOLATED, none.type());
        assertEquals(
                "national-complementary-protection",
                decide(
                                "oau-1969",
                                Outcome.COMPLEMENTARY_PROTECTION,
                                "national-complementary-protection")
                        .legalBasis()
                        .code());
        assertEquals(
                "national-choice",
                decide(
                                "convention-1951",
                                Outcome.COMPLEMENTARY_PROTECTION,
                                "national-complementary-protection")
                        .legalBasis()
                        .status());
    }

    @Test
    void anInadmissibilityDecisionNamesTheGroundAndTheCountry() {
        DecisionRules eu = rules("eu-pact-2026");
        Terms t =
                eu.check(
                        new Proposal(
                                Outcome.INADMISSIBLE,
                                null,
                                InadmissibilityGround.FIRST_COUNTRY_OF_ASYLUM,
                                "TUR",
                                "r",
                                null,
                                null),
                        TODAY);
        assertEquals("TUR", t.country());
        assertEquals(
                "D",
                eu.check(
                                new Proposal(
                                        Outcome.INADMISSIBLE,
                                        null,
                                        InadmissibilityGround.SAFE_THIRD_COUNTRY,
                                        "D",
                                        "r",
                                        null,
                                        null),
                                TODAY)
                        .country(),
                "Germany's travel-document code names a state");
        assertEquals(
                "inadmissibilityGround",
                field(
                        refused(
                                () ->
                                        eu.check(
                                                new Proposal(
                                                        Outcome.INADMISSIBLE,
                                                        null,
                                                        null,
                                                        "TUR",
                                                        "r",
                                                        null,
                                                        null),
                                                TODAY))));
        // codes are written as the standards write them: "tur" is refused like any other non-code,
        // not guessed
        for (String bad :
                new String[] {
                    null, "", "XXA", "XXB", "XXX", "UNO", "GBN", "ZZZ", "TURK", "tur", "YUG"
                }) {
            assertEquals(
                    "country",
                    field(
                            refused(
                                    () ->
                                            eu.check(
                                                    new Proposal(
                                                            Outcome.INADMISSIBLE,
                                                            null,
                                                            InadmissibilityGround
                                                                    .SAFE_THIRD_COUNTRY,
                                                            bad,
                                                            "r",
                                                            null,
                                                            null),
                                                    TODAY))),
                    bad);
        }
        assertEquals(
                "country",
                field(
                        refused(
                                () ->
                                        eu.check(
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        null,
                                                        null,
                                                        "TUR",
                                                        "r",
                                                        null,
                                                        null),
                                                TODAY))));
        assertEquals(
                "legalBasis",
                field(
                        refused(
                                () ->
                                        eu.check(
                                                new Proposal(
                                                        Outcome.REJECTED,
                                                        "convention-1951",
                                                        null,
                                                        null,
                                                        "r",
                                                        null,
                                                        null),
                                                TODAY))));
    }

    @Test
    void fourEyesComesFromTheProfile() {
        assertTrue(rules("convention-1951").fourEyes());
        assertTrue(rules("eu-pact-2026").fourEyes());
        assertFalse(rules("non-convention-mandate").fourEyes());
        assertEquals(DecisionRules.FOUR_EYES, rules("oau-1969").fourEyesRule().name());
    }
}
