package org.asylon.rsd.decision.control;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.CountryCode;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.InadmissibilityGround;
import org.asylon.rsd.decision.entity.LegalBasis;

/**
 * The active profile's rules for first-instance decisions. Pure: it reads the profile and nothing
 * else, so every rule is tested without a database.
 *
 * <ul>
 *   <li>who decides: {@value #AUTHORITY} (the state, or UNHCR under its mandate, whose outcome the
 *       state records);
 *   <li>the legal basis of a recognition: an item of {@value #DEFINITIONS}; of complementary
 *       protection: an item of {@value #COMPLEMENTARY} (without that rule the profile grants none);
 *   <li>four-eyes review: {@value #FOUR_EYES}.
 * </ul>
 *
 * Which appeal window a decision opens is decided by {@link AppealWindows}.
 */
public final class DecisionRules {

    public static final String AUTHORITY = "asylum.status-determination.authority";
    public static final String DEFINITIONS = "asylum.refugee-definitions";
    public static final String COMPLEMENTARY = "asylum.complementary-protection.bases";
    public static final String FOUR_EYES = "asylum.decision.four-eyes";

    /** The authority value under which UNHCR decides and the state records. */
    public static final String UNHCR_MANDATE = "unhcr-mandate";

    /** Dependants without a claim of their own follow the principal's decision. */
    public static final String DERIVATIVE = "rsd.decision.derivative";

    public static final String DERIVATIVE_BASIS =
            "Family unity: a dependant without a claim of their own is covered"
                    + " by the principal applicant's claim and shares its outcome (UNHCR RSD Procedural Standards, derivative status)";

    /** Who may take a decision: the officer assigned to the file, or an RSD supervisor. */
    public static final String DECIDER = "rsd.decision.decider";

    /**
     * What the state records of a UNHCR mandate decision: recognised, rejected, or the file closed.
     */
    static final Set<Outcome> UNHCR_OUTCOMES =
            EnumSet.of(
                    Outcome.RECOGNISED_REFUGEE,
                    Outcome.REJECTED,
                    Outcome.WITHDRAWN,
                    Outcome.IMPLICITLY_WITHDRAWN);

    private final LegalProfile profile;

    public DecisionRules(LegalProfile profile) {
        this.profile = profile;
    }

    public LegalProfile profile() {
        return profile;
    }

    /** UNHCR determines refugee status under its mandate; the state records UNHCR's outcome. */
    public boolean unhcrDecides() {
        return UNHCR_MANDATE.equals(profile.choice(AUTHORITY));
    }

    public boolean fourEyes() {
        return profile.flag(FOUR_EYES);
    }

    public Rule fourEyesRule() {
        return profile.rule(FOUR_EYES);
    }

    /**
     * Checks a proposal against the profile and returns the terms of the decision.
     *
     * @param today in the profile's zone, to refuse a UNHCR decision date in the future
     * @throws ProblemException 422 naming the field, or the rule and its legal basis
     */
    public Terms check(Proposal p, LocalDate today) {
        if (p.outcome() == null) {
            throw ProblemException.invalidField("outcome", "is required");
        }
        Decision.requireReasons(p.reasons());
        DecisionKind kind = DecisionKind.DETERMINATION;
        if (unhcrDecides()) {
            kind = DecisionKind.RECORDED_UNHCR_OUTCOME;
            Rule authority = profile.rule(AUTHORITY);
            if (!UNHCR_OUTCOMES.contains(p.outcome())) {
                throw ProblemException.ruleViolated(
                        AUTHORITY,
                        authority.basis(),
                        "Under profile "
                                + profile.name()
                                + " UNHCR determines refugee status under its mandate and the state records its outcome:"
                                + " recognised as a refugee, rejected, or the file closed (WITHDRAWN, IMPLICITLY_WITHDRAWN)."
                                + " UNHCR takes no "
                                + p.outcome()
                                + " decision to record.");
            }
            if (p.unhcrReference() == null || p.unhcrReference().isBlank()) {
                throw ProblemException.invalidField(
                        "unhcrReference",
                        "is required: the state records UNHCR's decision, named by UNHCR's reference");
            }
            if (p.unhcrDecidedOn() == null) {
                throw ProblemException.invalidField(
                        "unhcrDecidedOn", "is required: the date of UNHCR's decision");
            }
            if (p.unhcrDecidedOn().isAfter(today)) {
                throw ProblemException.invalidField("unhcrDecidedOn", "is in the future");
            }
        } else {
            if (p.unhcrReference() != null || p.unhcrDecidedOn() != null) {
                throw ProblemException.invalidField(
                        p.unhcrReference() != null ? "unhcrReference" : "unhcrDecidedOn",
                        "only where UNHCR decides under its mandate ("
                                + AUTHORITY
                                + " = "
                                + UNHCR_MANDATE
                                + "); under profile "
                                + profile.name()
                                + " the state decides");
            }
        }
        Terms outcome =
                outcomeTerms(
                        p.outcome(),
                        p.legalBasis(),
                        p.inadmissibilityGround(),
                        p.country(),
                        p.reasons());
        return new Terms(
                kind,
                outcome.outcome(),
                outcome.legalBasis(),
                outcome.inadmissibilityGround(),
                outcome.country(),
                outcome.reasons(),
                kind == DecisionKind.RECORDED_UNHCR_OUTCOME ? p.unhcrReference().strip() : null,
                p.unhcrDecidedOn());
    }

    /**
     * The outcome's own requirements (legal basis, ground and country, reasons), also applied to
     * the outcome an appeal body substitutes (OVERTURN).
     */
    public Terms outcomeTerms(
            Outcome outcome,
            String basisCode,
            InadmissibilityGround ground,
            String country,
            String reasons) {
        if (outcome == null) {
            throw ProblemException.invalidField("outcome", "is required");
        }
        Decision.requireReasons(reasons);
        LegalBasis basis = null;
        switch (outcome) {
            case RECOGNISED_REFUGEE -> basis = refugeeDefinition(basisCode);
            case COMPLEMENTARY_PROTECTION -> basis = complementaryBasis(basisCode);
            default ->
                    requireAbsent(
                            "legalBasis",
                            basisCode,
                            outcome,
                            "a legal basis is named only for RECOGNISED_REFUGEE or COMPLEMENTARY_PROTECTION");
        }
        String countryCode = null;
        if (outcome == Outcome.INADMISSIBLE) {
            if (ground == null) {
                throw ProblemException.invalidField(
                        "inadmissibilityGround",
                        "is required for INADMISSIBLE: FIRST_COUNTRY_OF_ASYLUM or SAFE_THIRD_COUNTRY");
            }
            countryCode = country(country);
        } else {
            requireAbsent("inadmissibilityGround", ground, outcome, "only for INADMISSIBLE");
            requireAbsent(
                    "country",
                    country,
                    outcome,
                    "only for INADMISSIBLE (the first country of asylum or safe third country)");
        }
        return new Terms(null, outcome, basis, ground, countryCode, reasons.strip(), null, null);
    }

    private LegalBasis refugeeDefinition(String code) {
        Rule rule = profile.rule(DEFINITIONS);
        // a basis of complementary protection is not a refugee definition, even where the profile
        // lists it among them
        Set<String> complementary =
                complementaryItems().stream().map(ListItem::code).collect(Collectors.toSet());
        List<ListItem> definitions =
                profile.list(DEFINITIONS).stream()
                        .filter(i -> !complementary.contains(i.code()))
                        .toList();
        return basis(code, rule, definitions, "refugee definitions");
    }

    private LegalBasis complementaryBasis(String code) {
        if (!profile.has(COMPLEMENTARY)) {
            throw new ProblemException(
                    ProblemType.RULE_VIOLATED,
                    "Profile "
                            + profile.name()
                            + " names no legal basis for complementary protection (rule "
                            + COMPLEMENTARY
                            + " is absent),"
                            + " so none can be granted under it.",
                    List.of(
                            new FieldError(
                                    "outcome",
                                    "COMPLEMENTARY_PROTECTION is not available under profile "
                                            + profile.name())),
                    Map.of("rule", COMPLEMENTARY));
        }
        return basis(
                code,
                profile.rule(COMPLEMENTARY),
                complementaryItems(),
                "bases of complementary protection");
    }

    private List<ListItem> complementaryItems() {
        return profile.has(COMPLEMENTARY) ? profile.list(COMPLEMENTARY) : List.of();
    }

    private LegalBasis basis(String code, Rule rule, List<ListItem> allowed, String what) {
        String codes = allowed.stream().map(ListItem::code).collect(Collectors.joining(", "));
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField(
                    "legalBasis",
                    "is required: one of the "
                            + what
                            + " of profile "
                            + profile.name()
                            + " ("
                            + codes
                            + ")");
        }
        return allowed.stream()
                .filter(i -> i.code().equals(code.strip()))
                .findFirst()
                .map(i -> new LegalBasis(i.code(), rule.name(), i.basis(), i.status().code()))
                .orElseThrow(
                        () ->
                                new ProblemException(
                                        ProblemType.RULE_VIOLATED,
                                        "Profile "
                                                + profile.name()
                                                + " does not apply '"
                                                + code
                                                + "': its "
                                                + what
                                                + " (rule "
                                                + rule.name()
                                                + ") are "
                                                + codes
                                                + ".",
                                        List.of(
                                                new FieldError(
                                                        "legalBasis", "must be one of " + codes)),
                                        Map.of("rule", rule.name(), "legalBasis", rule.basis())));
    }

    private static String country(String code) {
        if (code == null || code.isBlank()) {
            throw ProblemException.invalidField(
                    "country",
                    "is required for INADMISSIBLE: name the first country of"
                            + " asylum or safe third country (ISO 3166-1 alpha-3 or ICAO code, e.g. TUR)");
        }
        Country country =
                Countries.find(code)
                        .filter(Country::inUse)
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "country", CountryCode.MESSAGE));
        // stateless, refugee and unspecified codes, organisations and nationality categories are no
        // country of asylum
        if (!country.namesAState()) {
            throw ProblemException.invalidField(
                    "country",
                    code
                            + " ("
                            + country.name()
                            + ") names no state; name the"
                            + " country where protection is available");
        }
        return code;
    }

    private static void requireAbsent(String field, Object value, Outcome outcome, String why) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            throw ProblemException.invalidField(field, "not for " + outcome + ": " + why);
        }
    }
}
