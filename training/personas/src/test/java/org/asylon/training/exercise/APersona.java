package org.asylon.training.exercise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.asylon.training.persona.GroundTruth;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Persona;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.OtherOption;
import org.asylon.training.persona.Persona.ProtectionIntent;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;
import org.asylon.training.persona.Persona.Script;
import org.asylon.training.persona.Persona.Travel;
import org.asylon.training.persona.Persona.TravelDocument;

/**
 * A persona built by hand for a test, with sensible defaults (an adult man with a valid passport
 * who never asks for protection) and the ground truth the test states, so that a test of casting or
 * of a key says exactly which facts and which law it relies on.
 */
final class APersona {

    private final String id;
    private Script script = Script.LATIN;
    private String sex = "M";
    private Integer age = 30;
    private boolean child;
    private boolean unaccompanied;
    private boolean separated;
    private DocumentState document = DocumentState.VALID;
    private Travel travel;
    private ProtectionIntent intent = new ProtectionIntent(Moment.NEVER, null, null);
    private final List<OtherOption> options = new ArrayList<>();
    private final List<String> needs = new ArrayList<>();
    private Persona.KnownElsewhere knownElsewhere;
    private final List<Requirement> requires = new ArrayList<>();
    private final List<Requirement> forbids = new ArrayList<>();

    private APersona(String id) {
        this.id = id;
    }

    static APersona aPersona(String id) {
        return new APersona(id);
    }

    APersona script(Script value) {
        script = value;
        return this;
    }

    APersona woman() {
        sex = "F";
        return this;
    }

    /**
     * A child of this age: the truth forbids handing them to detention, as detention.children says.
     */
    APersona child(int years) {
        age = years;
        child = true;
        return forbids("entry.outcome.HANDED_TO_DETENTION", "detention.children")
                .forbids("detention.order-issued", "detention.children");
    }

    APersona unaccompanied() {
        unaccompanied = true;
        needs.add("SC-UC");
        return requires("entry.unaccompanied-child", "entry.unaccompanied-child")
                .requires("entry.outcome.REFERRED_TO_CHILD_PROTECTION", "entry.unaccompanied-child")
                .requires("reception.referral.CHILD_PROTECTION", "reception.referral.pathways")
                .forbids("entry.outcome.REFUSED_ENTRY", "entry.unaccompanied-child");
    }

    APersona separated() {
        separated = true;
        return this;
    }

    APersona document(DocumentState value) {
        document = value;
        return this;
    }

    APersona inGroup(String key, String kind, String parent) {
        travel = new Travel(key, kind, "passenger", parent);
        return this;
    }

    /** Asks at the border: the truth of the persona brief (protection requested, no refusal …). */
    APersona asksAtBorder() {
        intent = new ProtectionIntent(Moment.AT_BORDER, null, "I cannot go back");
        requires("entry.protection-requested", "entry.protection-request.referral")
                .requires("reception.referral.ASYLUM_PROCEDURE", "reception.asylum-referral");
        if (forbids.stream()
                .noneMatch(r -> r.observation().equals("entry.outcome.REFUSED_ENTRY"))) {
            forbids("entry.outcome.REFUSED_ENTRY", "entry.non-refoulement.basis");
        }
        return forbids("return.removal-executed", "return.gate.claim-pending");
    }

    APersona asksLater(String where) {
        intent = new ProtectionIntent(Moment.LATER, where, "I am afraid to go back");
        return forbids("return.removal-executed", "return.gate.claim-pending");
    }

    APersona option(OtherOption value) {
        options.add(value);
        return this;
    }

    APersona need(String code) {
        needs.add(code);
        return this;
    }

    APersona knownIn(String state) {
        knownElsewhere =
                new Persona.KnownElsewhere(state, "fingerprints taken at entry", "2025-10-01");
        return this;
    }

    APersona requires(String observation, String rule) {
        requires.add(new Requirement(observation, rule, "basis of " + rule, "test", false));
        return this;
    }

    APersona forbids(String observation, String rule) {
        forbids.add(new Requirement(observation, rule, "basis of " + rule, "test", false));
        return this;
    }

    Persona build() {
        LocalDate reference = Exercises.COHORT_REFERENCE_DATE;
        return new Persona(
                id,
                true,
                "Surname" + id,
                "Given",
                null,
                script,
                List.of(),
                String.valueOf(reference.getYear() - age),
                false,
                sex,
                List.of("SYR"),
                List.of("ara"),
                travel,
                unaccompanied,
                separated,
                new TravelDocument(document, "P", "N" + id, "SYR", "2030-01-01", List.of()),
                List.copyOf(needs),
                intent,
                List.copyOf(options),
                knownElsewhere,
                "A fictional person built for a test.",
                new GroundTruth(
                        "eu-pact-2026",
                        reference,
                        age,
                        child,
                        List.copyOf(requires),
                        List.copyOf(forbids)));
    }
}
