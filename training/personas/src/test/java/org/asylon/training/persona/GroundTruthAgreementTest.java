package org.asylon.training.persona;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.detention.order.control.DetentionCalendar;
import org.asylon.detention.order.entity.AlternativeConsidered;
import org.asylon.detention.order.entity.AuthorityKind;
import org.asylon.detention.order.entity.DetentionLaw;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderTerms;
import org.asylon.detention.order.entity.Schedule;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.entry.encounter.control.EntryProfile;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.entry.encounter.entity.EntryRules;
import org.asylon.entry.encounter.entity.OutcomeKind;
import org.asylon.entry.encounter.entity.PersonDetails;
import org.asylon.entry.encounter.entity.Sex;
import org.asylon.entry.encounter.entity.SpecificNeed;
import org.asylon.entry.person.entity.PartialDate;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every persona's ground truth, under every reference profile, agrees with the modules' own rule
 * classes: entry's {@code Encounter} refuses each outcome the truth forbids as enforced by the
 * system and accepts every outcome it leaves lawful; reception's {@code Arrival} refuses a referral
 * decision without the asylum procedure for everyone the truth requires it for; detention's {@code
 * DetentionOrder} refuses or accepts a child's detention as the truth says.
 */
class GroundTruthAgreementTest {

    static final LocalDate DAY = CohortTest.DAY;
    static final Instant AT = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    /** The rule entry names when it refuses, for the profile rule the truth names. */
    static final Map<String, String> ENTRY_RULE =
            Map.of(
                    GroundTruths.NON_REFOULEMENT_BASIS, EntryRules.NON_REFOULEMENT,
                    GroundTruths.UNACCOMPANIED_CHILD_RULE, EntryRules.UNACCOMPANIED_CHILD,
                    GroundTruths.CHILD_DETENTION, EntryRules.CHILD_DETENTION);

    private static List<Persona> cohort(LegalProfile profile) {
        return Cohort.generate(15, profile, DAY);
    }

    private static String rule(ProblemException e) {
        assertEquals(ProblemType.RULE_VIOLATED, e.type(), e.getMessage());
        return (String) e.extensions().get("rule");
    }

    private static List<Requirement> forbidding(Persona p, String observation) {
        return p.truth().forbids().stream()
                .filter(r -> r.observation().equals(observation))
                .toList();
    }

    // ---- entry ---------------------------------------------------------------------------------

    static Encounter encounter(Persona p, EntryRules rules) {
        PersonDetails person =
                new PersonDetails(
                        null,
                        null,
                        p.statedSurname(),
                        p.statedGivenNames(),
                        p.originalScriptName(),
                        PartialDate.parse(p.dateOfBirth(), p.dateOfBirthEstimated()),
                        Sex.valueOf(p.sex()),
                        null);
        Encounter e =
                new Encounter(
                        EncounterKind.APPREHENSION_AFTER_IRREGULAR_CROSSING,
                        null,
                        "training",
                        AT,
                        null,
                        person,
                        p.nationalities(),
                        p.languages(),
                        List.of(),
                        p.unaccompaniedChild(),
                        "officer",
                        AT);
        if (p.intent().moment() == Moment.AT_BORDER) {
            e.requestProtection(p.intent().words(), AT, rules);
        }
        for (String need : p.specificNeeds()) {
            e.noteSpecificNeed(new SpecificNeed(need, null, "officer", AT), rules);
        }
        return e;
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
    void entryRefusesWhatTheTruthForbidsAsEnforcedAndAcceptsWhatItLeavesLawful(String name) {
        LegalProfile profile = new ProfileLoader().load(name);
        EntryRules rules = new EntryProfile(new ActiveProfile(new ProfileLoader(), name)).rules();
        String ground = rules.refusalGrounds().keySet().iterator().next();
        int refused = 0;
        for (Persona p : cohort(profile)) {
            for (OutcomeKind kind : OutcomeKind.values()) {
                List<Requirement> against = forbidding(p, Observation.ENTRY_OUTCOME + kind);
                String refusalGround = kind == OutcomeKind.REFUSED_ENTRY ? ground : null;
                String label = name + " " + p.id() + " " + kind + " " + against;
                if (against.stream().anyMatch(Requirement::enforcedBySystem)) {
                    ProblemException e =
                            assertThrows(
                                    ProblemException.class,
                                    () ->
                                            encounter(p, rules)
                                                    .decideOutcome(
                                                            kind,
                                                            refusalGround,
                                                            null,
                                                            null,
                                                            "officer",
                                                            AT,
                                                            rules),
                                    label);
                    String moduleRule = rule(e);
                    assertTrue(
                            against.stream()
                                    .anyMatch(r -> ENTRY_RULE.get(r.rule()).equals(moduleRule)),
                            label + " refused under " + moduleRule);
                    refused++;
                } else if (!against.isEmpty()) {
                    // a child's detention as a last resort: refused without reasons, accepted with
                    assertEquals(OutcomeKind.HANDED_TO_DETENTION, kind, label);
                    assertThrows(
                            ProblemException.class,
                            () ->
                                    encounter(p, rules)
                                            .decideOutcome(
                                                    kind, null, null, null, "officer", AT, rules),
                            label);
                    assertDoesNotThrow(
                            () ->
                                    encounter(p, rules)
                                            .decideOutcome(
                                                    kind,
                                                    null,
                                                    null,
                                                    "no alternative can work because …",
                                                    "officer",
                                                    AT,
                                                    rules),
                            label);
                } else {
                    assertDoesNotThrow(
                            () ->
                                    encounter(p, rules)
                                            .decideOutcome(
                                                    kind,
                                                    refusalGround,
                                                    null,
                                                    null,
                                                    "officer",
                                                    AT,
                                                    rules),
                            label);
                }
            }
        }
        assertTrue(refused > 0);
    }

    // ---- reception -----------------------------------------------------------------------------

    static Arrival arrival(Persona p) {
        return new Arrival(
                null,
                p.statedSurname(),
                p.statedGivenNames(),
                p.originalScriptName(),
                p.dateOfBirth(),
                p.dateOfBirthEstimated(),
                p.sex(),
                p.nationalities(),
                p.languages(),
                p.unaccompaniedChild(),
                "officer",
                AT);
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
    void receptionNeverLeavesOutTheAsylumReferralTheTruthRequires(String name) {
        int required = 0;
        for (Persona p : cohort(new ProfileLoader().load(name))) {
            String label = name + " " + p.id();
            Arrival arrival = arrival(p);
            if (p.truth().requires(Observation.RECEPTION_REFERRAL + "ASYLUM_PROCEDURE")) {
                required++;
                arrival.requestAsylum(
                        p.intent().moment() == Moment.AT_BORDER ? "border" : p.intent().where(),
                        AT,
                        "officer");
                ProblemException e =
                        assertThrows(
                                ProblemException.class,
                                () ->
                                        arrival.decideReferrals(
                                                EnumSet.of(
                                                        Channel.REGULAR_MIGRATION,
                                                        Channel.CHILD_PROTECTION),
                                                "counselling",
                                                "officer",
                                                AT),
                                label);
                assertEquals("reception.asylum-referral", rule(e), label);
                assertTrue(arrival.referredTo(Channel.ASYLUM_PROCEDURE), label);
            } else if (p.intent().moment() == Moment.NEVER) {
                assertDoesNotThrow(
                        () ->
                                arrival.decideReferrals(
                                        EnumSet.of(Channel.REGULAR_MIGRATION),
                                        "counselling",
                                        "officer",
                                        AT),
                        label);
            }
        }
        assertTrue(required > 0);
    }

    // ---- detention -----------------------------------------------------------------------------

    static DetentionOrder issue(DetentionLaw law, Persona p, String bestInterests) {
        boolean applicant = p.intent().moment() != Moment.NEVER;
        String ground =
                law.grounds().keySet().stream()
                        .filter(g -> law.lawful(g, applicant))
                        .findFirst()
                        .orElseThrow();
        List<AlternativeConsidered> considered =
                law.alternatives().value().stream()
                        .map(code -> new AlternativeConsidered(code, "would not work because …"))
                        .toList();
        OrderTerms terms =
                new OrderTerms(
                        ground,
                        "necessary because …",
                        "proportionate because …",
                        considered,
                        AuthorityKind.ADMINISTRATIVE,
                        "Immigration Office",
                        AT,
                        "facility",
                        "room",
                        null,
                        bestInterests);
        return DetentionOrder.issue(
                p.id(),
                terms,
                law,
                applicant ? ProtectionState.APPLICANT : ProtectionState.NONE,
                p.truth().child(),
                regime -> Duration.ZERO,
                (regime, authority, exceptional, served) ->
                        new Schedule(
                                law.maximumRule(regime),
                                AT.plus(Duration.ofDays(60)),
                                DetentionLaw.JUDICIAL_REVIEW,
                                AT.plus(Duration.ofDays(15)),
                                AT.plus(Duration.ofDays(30))),
                "authority",
                AT);
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
    void detentionTreatsAChildAsTheTruthSays(String name) {
        LegalProfile profile = new ProfileLoader().load(name);
        DetentionLaw law = new DetentionCalendar(profile).law();
        int children = 0;
        for (Persona p : cohort(profile)) {
            String label = name + " " + p.id();
            Optional<Requirement> against =
                    forbidding(p, Observation.DETENTION_ORDER_ISSUED).stream().findFirst();
            if (against.isEmpty()) {
                assertDoesNotThrow(() -> issue(law, p, null), label);
                continue;
            }
            children++;
            assertEquals(DetentionLaw.CHILDREN, against.get().rule(), label);
            assertEquals(
                    DetentionLaw.CHILDREN,
                    rule(assertThrows(ProblemException.class, () -> issue(law, p, null), label)),
                    label);
            if (against.get().enforcedBySystem()) {
                assertEquals(
                        DetentionLaw.CHILDREN,
                        rule(
                                assertThrows(
                                        ProblemException.class,
                                        () ->
                                                issue(
                                                        law,
                                                        p,
                                                        "in the child's best interests because …"),
                                        label)),
                        label);
            } else {
                assertTrue(
                        issue(law, p, "in the child's best interests because …").childDetained(),
                        label);
            }
        }
        assertTrue(children > 0);
    }
}
