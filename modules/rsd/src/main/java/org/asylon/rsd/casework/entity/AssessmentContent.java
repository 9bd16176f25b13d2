package org.asylon.rsd.casework.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Rule;

/**
 * The eligibility officer's assessment of a claim (RSD content): credibility findings on the
 * material facts, the country-of-origin information relied on, the well-founded-fear analysis, the
 * nexus to each Convention ground, the findings on the refugee definitions the active profile
 * applies, exclusion and complementary protection. It may be saved incomplete while the officer
 * works on it.
 */
public record AssessmentContent(
        @Size(max = 200) List<@Valid CredibilityFinding> credibility,
        @Size(max = 200) List<@Valid CoiCitation> countryOfOriginInformation,
        @Valid WellFoundedFear wellFoundedFear,
        @Size(max = 5) List<@Valid GroundFinding> conventionGrounds,
        @Size(max = 20) List<@Valid DefinitionFinding> definitions,
        @Valid ExclusionConsiderations exclusion,
        @Valid ComplementaryProtection complementaryProtection) {

    public AssessmentContent {
        credibility = credibility == null ? List.of() : List.copyOf(credibility);
        countryOfOriginInformation =
                countryOfOriginInformation == null
                        ? List.of()
                        : List.copyOf(countryOfOriginInformation);
        conventionGrounds = conventionGrounds == null ? List.of() : List.copyOf(conventionGrounds);
        definitions = definitions == null ? List.of() : List.copyOf(definitions);
    }

    /**
     * Checks the assessment against the case and the profile.
     *
     * @param facts the material facts of the application's interview records
     * @param definitionsRule the active profile's list of the refugee definitions it applies
     * @param applied the codes of that list
     * @param profile the profile's name, for the refusal
     * @param today COI cannot be dated in the future
     */
    public AssessmentContent checked(
            Collection<String> facts,
            Rule definitionsRule,
            Collection<String> applied,
            String profile,
            LocalDate today) {
        Set<String> assessed = new HashSet<>();
        for (int i = 0; i < credibility.size(); i++) {
            String fact = credibility.get(i).factId();
            String field = "credibility[" + i + "].factId";
            requireFact(facts, fact, field);
            if (!assessed.add(fact)) {
                throw ProblemException.invalidField(
                        field, "material fact '" + fact + "' has two findings");
            }
        }
        for (int i = 0; i < countryOfOriginInformation.size(); i++) {
            checkCitation(
                    countryOfOriginInformation.get(i),
                    "countryOfOriginInformation[" + i + "].",
                    facts,
                    today);
        }
        if (wellFoundedFear != null
                && wellFoundedFear.finding() != null
                && blank(wellFoundedFear.subjectiveElement())
                && blank(wellFoundedFear.objectiveElement())) {
            throw ProblemException.invalidField(
                    "wellFoundedFear.objectiveElement", "give the analysis behind the finding");
        }
        Set<GroundFinding.Ground> grounds = EnumSet.noneOf(GroundFinding.Ground.class);
        for (int i = 0; i < conventionGrounds.size(); i++) {
            GroundFinding g = conventionGrounds.get(i);
            if (!grounds.add(g.ground())) {
                throw ProblemException.invalidField(
                        "conventionGrounds[" + i + "].ground", g.ground() + " appears twice");
            }
            if (g.finding() != GroundFinding.Nexus.NOT_RAISED && blank(g.reasoning())) {
                throw ProblemException.invalidField(
                        "conventionGrounds[" + i + "].reasoning",
                        "give the reasoning for the finding on " + g.ground());
            }
        }
        Set<String> defined = new HashSet<>();
        for (int i = 0; i < definitions.size(); i++) {
            String code = definitions.get(i).definition();
            if (!applied.contains(code)) {
                throw ProblemException.ruleViolated(
                        definitionsRule.name(),
                        definitionsRule.basis(),
                        "definitions["
                                + i
                                + "]: the active profile "
                                + profile
                                + " does not apply the refugee definition '"
                                + code
                                + "'; it applies "
                                + String.join(", ", applied)
                                + ".");
            }
            if (!defined.add(code)) {
                throw ProblemException.invalidField(
                        "definitions[" + i + "].definition", "'" + code + "' appears twice");
            }
        }
        if (exclusion != null) {
            if (exclusion.triggersIdentified() && blank(exclusion.analysis())) {
                throw ProblemException.invalidField(
                        "exclusion.analysis",
                        "exclusion triggers were identified: give the analysis");
            }
            if (exclusion.finding() == ExclusionConsiderations.Finding.EXCLUDED
                    && !exclusion.triggersIdentified()) {
                throw ProblemException.invalidField(
                        "exclusion.finding",
                        "EXCLUDED needs the exclusion triggers identified (triggersIdentified: true)");
            }
        }
        if (complementaryProtection != null
                && complementaryProtection.finding() != null
                && complementaryProtection.finding() != ComplementaryProtection.Finding.NOT_ASSESSED
                && blank(complementaryProtection.analysis())) {
            throw ProblemException.invalidField(
                    "complementaryProtection.analysis", "give the analysis behind the finding");
        }
        return this;
    }

    /** The material facts that have no credibility finding yet. */
    public List<String> unassessed(Collection<String> facts) {
        Set<String> assessed = new HashSet<>();
        credibility.forEach(c -> assessed.add(c.factId()));
        return facts.stream().filter(f -> !assessed.contains(f)).toList();
    }

    private static void checkCitation(
            CoiCitation c, String prefix, Collection<String> facts, LocalDate today) {
        if (blank(c.source())) {
            throw ProblemException.invalidField(
                    prefix + "source", "is required: who published the information");
        }
        if (c.date() == null) {
            throw ProblemException.invalidField(
                    prefix + "date",
                    "is required: the date of the information (YYYY-MM-DD), so that its currency can be judged");
        }
        if (c.date().isAfter(today)) {
            throw ProblemException.invalidField(prefix + "date", "is in the future");
        }
        if (c.url() != null
                && !c.url().isBlank()
                && !(c.url().startsWith("https://") || c.url().startsWith("http://"))) {
            throw ProblemException.invalidField(prefix + "url", "must be an http or https address");
        }
        for (int j = 0; j < c.factIds().size(); j++) {
            requireFact(facts, c.factIds().get(j), prefix + "factIds[" + j + "]");
        }
    }

    private static void requireFact(Collection<String> facts, String fact, String field) {
        if (!facts.contains(fact)) {
            throw ProblemException.invalidField(
                    field,
                    "'"
                            + fact
                            + "' is not a material fact of this application's "
                            + "interview records"
                            + (facts.isEmpty()
                                    ? " (none recorded yet)"
                                    : " (" + String.join(", ", facts) + ")"));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
