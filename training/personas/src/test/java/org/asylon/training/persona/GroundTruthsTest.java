package org.asylon.training.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The ground truth follows the values of the profile it is drawn under, and names its rules. */
class GroundTruthsTest {

    static final ProfileLoader LOADER = new ProfileLoader();

    private static List<Persona> cohort(String profile) {
        return Cohort.generate(15, LOADER.load(profile), CohortTest.DAY);
    }

    private static Requirement forbidden(Persona p, String observation) {
        return p.truth().forbids().stream()
                .filter(r -> r.observation().equals(observation))
                .findFirst()
                .orElseThrow(() -> new AssertionError(p.id() + " does not forbid " + observation));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "oau-1969",
                "cartagena-1984",
                "non-convention-mandate"
            })
    void everyRequirementNamesARuleOfTheProfileOrAnInvariantAndCarriesItsBasis(String name) {
        LegalProfile profile = LOADER.load(name);
        for (Persona p : cohort(name)) {
            assertEquals(name, p.truth().profile());
            for (Requirement r :
                    Stream.concat(p.truth().requires().stream(), p.truth().forbids().stream())
                            .toList()) {
                String label = name + " " + p.id() + " " + r;
                assertTrue(Observation.kindOf(r.observation()).isPresent(), label);
                String source = GroundTruths.INVARIANT_RULES.getOrDefault(r.rule(), r.rule());
                assertTrue(profile.has(source), label);
                String stated =
                        source.equals(GroundTruths.NON_REFOULEMENT_BASIS)
                                ? profile.text(source)
                                : r.rule().equals(GroundTruths.REFERRAL_PATHWAYS)
                                        ? null
                                        : profile.rule(source).basis();
                if (stated != null) {
                    assertTrue(r.basis().contains(stated), label);
                }
                assertFalse(r.why().isBlank(), label);
            }
        }
    }

    @Test
    void aChildIsNeverDetainedUnderTheConventionProfileAndOnlyAsALastResortUnderThePact() {
        for (String never :
                List.of(
                        "convention-1951",
                        "oau-1969",
                        "cartagena-1984",
                        "non-convention-mandate")) {
            cohort(never).stream()
                    .filter(p -> p.truth().child())
                    .forEach(
                            p ->
                                    assertTrue(
                                            forbidden(p, Observation.DETENTION_ORDER_ISSUED)
                                                    .enforcedBySystem(),
                                            never + p.id()));
        }
        List<Persona> pact = cohort("eu-pact-2026");
        assertTrue(pact.stream().anyMatch(p -> p.truth().child()));
        for (Persona p : pact) {
            if (p.truth().child()) {
                Requirement r = forbidden(p, Observation.ENTRY_OUTCOME + "HANDED_TO_DETENTION");
                assertFalse(r.enforcedBySystem(), p.id());
                assertTrue(r.basis().contains("Art 13(2)"), r.basis());
            } else {
                assertFalse(p.truth().forbids(Observation.DETENTION_ORDER_ISSUED), p.id());
            }
        }
    }

    @Test
    void whatEachMomentOfTheRequestAndEachChildRequires() {
        for (Persona p : cohort("eu-pact-2026")) {
            GroundTruth t = p.truth();
            Moment moment = p.intent().moment();
            String asylum = Observation.RECEPTION_REFERRAL + "ASYLUM_PROCEDURE";
            assertEquals(
                    moment == Moment.AT_BORDER,
                    t.requires(Observation.ENTRY_PROTECTION_REQUESTED),
                    p.id());
            if (moment == Moment.AT_BORDER) {
                assertTrue(t.requires(asylum), p.id());
                Requirement r = forbidden(p, Observation.ENTRY_OUTCOME + "REFUSED_ENTRY");
                assertTrue(r.enforcedBySystem(), p.id());
            }
            if (moment == Moment.LATER) {
                assertEquals(!"return".equals(p.intent().where()), t.requires(asylum), p.id());
                assertEquals(
                        "return".equals(p.intent().where()),
                        t.requires(Observation.RETURN_PROTECTION_REQUESTED),
                        p.id());
            }
            assertEquals(
                    moment != Moment.NEVER, t.forbids(Observation.RETURN_REMOVAL_EXECUTED), p.id());
            if (moment != Moment.NEVER) {
                assertEquals(
                        GroundTruths.CLAIM_PENDING_RULE,
                        forbidden(p, Observation.RETURN_REMOVAL_EXECUTED).rule());
            }
            if (p.unaccompaniedChild()) {
                for (String required :
                        List.of(
                                Observation.ENTRY_UNACCOMPANIED_CHILD,
                                Observation.ENTRY_SPECIFIC_NEED + "SC",
                                Observation.RECEPTION_REFERRAL + "CHILD_PROTECTION",
                                Observation.ENTRY_OUTCOME + "REFERRED_TO_CHILD_PROTECTION")) {
                    assertTrue(t.requires(required), p.id() + " " + required);
                }
                assertTrue(t.forbids(Observation.ENTRY_OUTCOME + "REFUSED_ENTRY"), p.id());
            }
            if (p.specificNeeds().contains("LP-TP")) {
                assertTrue(
                        t.requires(Observation.RECEPTION_REFERRAL + "VICTIM_OF_TRAFFICKING"),
                        p.id());
                assertTrue(t.requires(Observation.ENTRY_SPECIFIC_NEED + "LP"), p.id());
            }
            if (moment == Moment.NEVER && !t.child()) {
                // a migrant with another option, or a forged passport and no wish for protection:
                // admission is never forbidden, nor is a lawful refusal of entry
                assertFalse(t.forbids(Observation.ENTRY_OUTCOME + "ADMITTED"), p.id());
                if (p.document().state() == DocumentState.FORGED) {
                    assertFalse(t.forbids(Observation.ENTRY_OUTCOME + "REFUSED_ENTRY"), p.id());
                }
            }
        }
    }
}
