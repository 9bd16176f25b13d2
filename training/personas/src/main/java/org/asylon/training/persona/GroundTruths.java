package org.asylon.training.persona;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.code.PartialDate;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;

/**
 * What the law of a legal profile requires for one persona, in the observation vocabulary. Every
 * requirement names the rule it comes from and carries that rule's basis as the profile states it
 * (a basis the profile does not confirm is labelled so); a rule the profile lacks gives no
 * requirement. Two requirements name the suite's invariant rules as the modules publish them
 * ({@link #INVARIANT_RULES}); their basis is read from the profile rule each one applies.
 */
public final class GroundTruths {

    public static final String AGE_OF_MAJORITY = "entry.child.age-of-majority";
    public static final String PROTECTION_REFERRAL = "entry.protection-request.referral";
    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";
    public static final String REFERRAL_PATHWAYS = "reception.referral.pathways";
    public static final String CHILD_DETENTION = "detention.children";
    public static final String GATE_OVERRIDABLE = "return.gate.overridable";

    /** Entry's refusal of a refusal of entry for an unaccompanied child. */
    public static final String UNACCOMPANIED_CHILD_RULE = "entry.unaccompanied-child";

    /** Return's gate bar while a claim is pending (non-refoulement, Asylon invariant 1). */
    public static final String CLAIM_PENDING_RULE = "return.gate.claim-pending";

    /**
     * The invariant rules a ground truth may name, each with the profile rule whose basis it
     * carries: the one list answer keys and scores may rely on.
     */
    public static final Map<String, String> INVARIANT_RULES =
            Map.of(
                    UNACCOMPANIED_CHILD_RULE, NON_REFOULEMENT_BASIS,
                    CLAIM_PENDING_RULE, NON_REFOULEMENT_BASIS);

    private static final String TRAFFICKING_NEED = "LP-TP";

    private final Persona person;
    private final LegalProfile profile;
    private final LocalDate referenceDate;
    private final List<Requirement> requires = new ArrayList<>();
    private final List<Requirement> forbids = new ArrayList<>();

    private GroundTruths(Persona person, LegalProfile profile, LocalDate referenceDate) {
        this.person = person;
        this.profile = profile;
        this.referenceDate = referenceDate;
    }

    /**
     * @param facts the persona; its own {@code truth} is ignored
     */
    public static GroundTruth of(Persona facts, LegalProfile profile, LocalDate referenceDate) {
        return new GroundTruths(facts, profile, referenceDate).truth();
    }

    private GroundTruth truth() {
        PartialDate birth = PartialDate.parse(person.dateOfBirth());
        // the latest day the date can stand for: the benefit of the doubt on being a child
        int age = Period.between(birth.latest(), referenceDate).getYears();
        Optional<Rule> majority = rule(AGE_OF_MAJORITY);
        boolean underMajority =
                majority.isPresent()
                        && birth.latest()
                                .plusYears(profile.integer(AGE_OF_MAJORITY))
                                .isAfter(referenceDate);
        boolean child = underMajority || person.unaccompaniedChild() || person.separatedChild();
        protection();
        if (child) {
            child(birth, underMajority);
        }
        if (person.unaccompaniedChild()) {
            unaccompanied();
        }
        if (person.separatedChild()) {
            separated();
        }
        needs();
        return new GroundTruth(
                profile.name(),
                referenceDate,
                age,
                child,
                List.copyOf(requires),
                List.copyOf(forbids));
    }

    private void protection() {
        Moment moment = person.intent().moment();
        if (moment == Moment.NEVER) {
            return;
        }
        String name = person.statedGivenNames() + " " + person.statedSurname();
        if (moment == Moment.AT_BORDER) {
            rule(PROTECTION_REFERRAL)
                    .ifPresent(
                            r ->
                                    requires.add(
                                            new Requirement(
                                                    Observation.ENTRY_PROTECTION_REQUESTED,
                                                    r.name(),
                                                    basis(r),
                                                    name
                                                            + " asked for protection at the border (\""
                                                            + person.intent().words()
                                                            + "\"): the request is recorded, in"
                                                            + " whatever words it was made, and the"
                                                            + " person referred ("
                                                            + r.valueText()
                                                            + ").",
                                                    false)));
            nonRefoulementBasis()
                    .ifPresent(
                            basis ->
                                    forbids.add(
                                            new Requirement(
                                                    Observation.ENTRY_OUTCOME + "REFUSED_ENTRY",
                                                    NON_REFOULEMENT_BASIS,
                                                    basis,
                                                    "Refusing entry to a person who asked for"
                                                            + " protection is refoulement; once the"
                                                            + " request is recorded the encounter"
                                                            + " refuses it.",
                                                    true)));
            asylumReferral(
                    true,
                    "The wish recorded at the border reaches reception, which refers the person to"
                            + " the asylum procedure at once and refuses any referral decision"
                            + " that leaves it out.");
        } else if ("return".equals(person.intent().where())) {
            rule(PROTECTION_REFERRAL)
                    .ifPresent(
                            r ->
                                    requires.add(
                                            new Requirement(
                                                    Observation.RETURN_PROTECTION_REQUESTED,
                                                    r.name(),
                                                    basis(r),
                                                    name
                                                            + " asks for protection only at the"
                                                            + " return desk; whoever expresses the"
                                                            + " wish is referred, at whatever"
                                                            + " moment: record the request.",
                                                    false)));
        } else {
            asylumReferral(
                    false,
                    name
                            + " asks for protection later, in "
                            + person.intent().where()
                            + ": the officer who hears it records the wish, and the person is"
                            + " referred to the asylum procedure.");
        }
        claimPendingBar();
    }

    private void asylumReferral(boolean enforced, String why) {
        pathway("asylum-procedure")
                .ifPresent(
                        p ->
                                requires.add(
                                        new Requirement(
                                                Observation.RECEPTION_REFERRAL + "ASYLUM_PROCEDURE",
                                                REFERRAL_PATHWAYS,
                                                p.basis(),
                                                why + p.note(),
                                                enforced)));
    }

    /**
     * Return's gate: no removal while the claim is pending, unless the profile lets it be lifted.
     */
    private void claimPendingBar() {
        Optional<String> basis = nonRefoulementBasis();
        if (basis.isEmpty()) {
            return;
        }
        Optional<Rule> overridable = rule(GATE_OVERRIDABLE);
        Optional<ListItem> override =
                overridable.flatMap(
                        r ->
                                profile.list(GATE_OVERRIDABLE).stream()
                                        .filter(i -> i.code().equals("claim-pending"))
                                        .findFirst());
        String why =
                "While the claim is pending no one is removed: return's gate bars every execution"
                        + " step.";
        if (override.isPresent()) {
            why +=
                    " The profile lets a named authority override this bar with written reasons ("
                            + GATE_OVERRIDABLE
                            + "): only the officer's judgement stands in the way.";
        } else if (overridable.isEmpty()) {
            why += " The profile names no bar that may be overridden (" + GATE_OVERRIDABLE + ").";
        }
        forbids.add(
                new Requirement(
                        Observation.RETURN_REMOVAL_EXECUTED,
                        CLAIM_PENDING_RULE,
                        override.map(i -> basis.get() + "; " + labelled(i.basis(), i.status()))
                                .orElse(basis.get()),
                        why,
                        override.isEmpty()));
    }

    private void child(PartialDate birth, boolean underMajority) {
        Optional<Rule> rule = rule(CHILD_DETENTION);
        if (rule.isEmpty()) {
            return;
        }
        boolean never = "never".equals(profile.choice(CHILD_DETENTION));
        String who =
                !underMajority
                        ? "A child without their parents counts as a child whatever the age stated."
                        : birth.day() == null || person.dateOfBirthEstimated()
                                ? "Possibly a child: the date of birth ("
                                        + person.dateOfBirth()
                                        + ") leaves open whether they are under "
                                        + profile.integer(AGE_OF_MAJORITY)
                                        + ", and the benefit of the doubt applies."
                                : "A child: under " + profile.integer(AGE_OF_MAJORITY) + ".";
        String why =
                who
                        + (never
                                ? " The profile never allows a child to be detained; the modules"
                                        + " refuse it."
                                : " The profile allows a child's detention only exceptionally, as"
                                        + " a last resort with written best-interests reasons: the"
                                        + " modules accept it with reasons, so only the officer's"
                                        + " judgement prevents it.");
        for (String observation :
                List.of(
                        Observation.ENTRY_OUTCOME + "HANDED_TO_DETENTION",
                        Observation.DETENTION_ORDER_ISSUED)) {
            forbids.add(
                    new Requirement(observation, rule.get().name(), basis(rule.get()), why, never));
        }
    }

    private void unaccompanied() {
        rule(AGE_OF_MAJORITY)
                .ifPresent(
                        r ->
                                requires.add(
                                        new Requirement(
                                                Observation.ENTRY_UNACCOMPANIED_CHILD,
                                                r.name(),
                                                basis(r),
                                                "A child with no parent or caregiver present is"
                                                        + " registered as unaccompanied.",
                                                false)));
        pathway("child-protection")
                .ifPresent(
                        p -> {
                            requires.add(
                                    new Requirement(
                                            Observation.RECEPTION_REFERRAL + "CHILD_PROTECTION",
                                            REFERRAL_PATHWAYS,
                                            p.basis(),
                                            "An unaccompanied child is referred to the child"
                                                    + " protection system."
                                                    + p.note(),
                                            false));
                            requires.add(
                                    new Requirement(
                                            Observation.ENTRY_OUTCOME
                                                    + "REFERRED_TO_CHILD_PROTECTION",
                                            REFERRAL_PATHWAYS,
                                            p.basis(),
                                            "At the border, the outcome for an unaccompanied child"
                                                    + " is a referral to child protection."
                                                    + p.note(),
                                            false));
                        });
        refusalOfAChild(
                "An unaccompanied child is never refused entry; the encounter refuses it once"
                        + " the child is registered as unaccompanied.");
    }

    private void separated() {
        refusalOfAChild(
                "A child separated from their parents is noted with a child's specific need (SC),"
                        + " and the encounter then treats them as unaccompanied: entry is not"
                        + " refused.");
    }

    private void refusalOfAChild(String why) {
        nonRefoulementBasis()
                .ifPresent(
                        basis ->
                                forbids.add(
                                        new Requirement(
                                                Observation.ENTRY_OUTCOME + "REFUSED_ENTRY",
                                                UNACCOMPANIED_CHILD_RULE,
                                                basis,
                                                why,
                                                true)));
    }

    private void needs() {
        Optional<Rule> pathways = rule(REFERRAL_PATHWAYS);
        if (pathways.isEmpty()) {
            return;
        }
        Set<String> categories = new LinkedHashSet<>();
        for (String need : person.specificNeeds()) {
            categories.add(SpecificNeeds.categoryOf(need));
        }
        for (String category : categories) {
            requires.add(
                    new Requirement(
                            Observation.ENTRY_SPECIFIC_NEED + category,
                            REFERRAL_PATHWAYS,
                            basis(pathways.get()),
                            "Noticed at the border ("
                                    + SpecificNeeds.label(category)
                                    + "), the need is noted so that the person can be profiled and"
                                    + " referred.",
                            false));
        }
        if (person.specificNeeds().contains(TRAFFICKING_NEED)) {
            pathway("trafficking")
                    .ifPresent(
                            p ->
                                    requires.add(
                                            new Requirement(
                                                    Observation.RECEPTION_REFERRAL
                                                            + "VICTIM_OF_TRAFFICKING",
                                                    REFERRAL_PATHWAYS,
                                                    p.basis(),
                                                    "A possible victim of trafficking is referred"
                                                            + " to the process for victims of"
                                                            + " trafficking (and to the asylum"
                                                            + " procedure too, if they ask)."
                                                            + p.note(),
                                                    false)));
        }
    }

    // ---- reading the profile -----------------------------------------------------------------

    /** A channel of the referral pathways, with its basis; the rule's own if the item is absent. */
    private record Pathway(String basis, String note) {}

    private Optional<Pathway> pathway(String item) {
        return rule(REFERRAL_PATHWAYS)
                .map(
                        r ->
                                profile.list(REFERRAL_PATHWAYS).stream()
                                        .filter(i -> i.code().equals(item))
                                        .findFirst()
                                        .map(i -> new Pathway(labelled(i.basis(), i.status()), ""))
                                        .orElse(
                                                new Pathway(
                                                        basis(r),
                                                        " The profile's "
                                                                + REFERRAL_PATHWAYS
                                                                + " names no '"
                                                                + item
                                                                + "' channel; the basis is the"
                                                                + " rule's own.")));
    }

    private Optional<String> nonRefoulementBasis() {
        return rule(NON_REFOULEMENT_BASIS)
                .map(
                        r ->
                                labelled(
                                        r.valueText().contains(r.basis())
                                                ? r.valueText()
                                                : r.valueText() + " (" + r.basis() + ")",
                                        r.status()));
    }

    private Optional<Rule> rule(String name) {
        return profile.has(name) ? Optional.of(profile.rule(name)) : Optional.empty();
    }

    private static String basis(Rule rule) {
        return labelled(rule.basis(), rule.status());
    }

    private static String labelled(String basis, LegalStatus status) {
        return status == LegalStatus.UNCONFIRMED ? basis + " (unconfirmed)" : basis;
    }
}
