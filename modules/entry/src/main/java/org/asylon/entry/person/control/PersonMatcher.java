package org.asylon.entry.person.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers "have we met this person before?": ranks candidates (found by {@link PersonKeys}) against
 * a probe.
 *
 * <p>The score is the name score multiplied by a birth-date factor and a nationality factor. A
 * candidate is returned only if its name reaches {@link NameSimilarity#THRESHOLD}, its birth date
 * is not incompatible, and the total reaches the match threshold. Date and nationality can
 * therefore only lower a name match, never create one: they are shared by thousands of people.
 */
public final class PersonMatcher {

    /**
     * Default minimum total. A perfect name still passes with a nationality mismatch and a missing
     * date (1.0 × 0.85 × 0.85 = 0.72), because a border search must rather show one candidate too
     * many; a borderline name (0.87) with both a missing date and a nationality mismatch (0.63)
     * does not.
     */
    public static final double DEFAULT_THRESHOLD = 0.7;

    private final NameSimilarity names = new NameSimilarity();
    private final BirthDateCompatibility dates;
    private final double threshold;

    public PersonMatcher() {
        this(new BirthDateCompatibility(), DEFAULT_THRESHOLD);
    }

    public PersonMatcher(BirthDateCompatibility dates, double threshold) {
        this.dates = dates;
        this.threshold = threshold;
    }

    /** Matches at or above the threshold, best first; ties keep the candidates' order. */
    public List<PersonMatch> rank(PersonProbe probe, Collection<PersonCandidate> candidates) {
        List<NameToken> probeTokens = NameTokenizer.tokenize(probe.names());
        return candidates.stream()
                .map(c -> match(probe, probeTokens, c))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(PersonMatch::score).reversed())
                .toList();
    }

    /** The comparison of one candidate, or empty if it is not a match. */
    public Optional<PersonMatch> match(PersonProbe probe, PersonCandidate candidate) {
        return match(probe, NameTokenizer.tokenize(probe.names()), candidate);
    }

    private Optional<PersonMatch> match(
            PersonProbe probe, List<NameToken> probeTokens, PersonCandidate candidate) {
        NameSimilarity.Result name =
                names.compareTokens(probeTokens, NameTokenizer.tokenize(candidate.names()));
        if (!name.matches()) {
            return Optional.empty();
        }
        BirthDateCompatibility.Result date =
                dates.compare(probe.birthDate(), candidate.birthDate());
        if (!date.compatible()) {
            return Optional.empty();
        }
        NationalityCompatibility.Result nationality =
                NationalityCompatibility.compare(probe.nationalities(), candidate.nationalities());
        double score = name.score() * date.factor() * nationality.factor();
        if (score < threshold) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>(nameReasons(name));
        reasons.add(date.reason());
        reasons.add(nationality.reason());
        return Optional.of(
                new PersonMatch(candidate.id(), score, reasons, name, date, nationality));
    }

    static List<String> nameReasons(NameSimilarity.Result name) {
        List<String> reasons = new ArrayList<>();
        addReason(
                reasons, name, NameSimilarity.Kind.IDENTICAL, "same names: ", p -> p.left().text());
        addReason(
                reasons,
                name,
                NameSimilarity.Kind.VARIANT,
                "name variants: ",
                p -> p.left().text() + " ~ " + p.right().text());
        addReason(
                reasons,
                name,
                NameSimilarity.Kind.SIMILAR,
                "similar names: ",
                p ->
                        p.left().text()
                                + " ≈ "
                                + p.right().text()
                                + String.format(Locale.ROOT, " (%.2f)", p.score()));
        addReason(
                reasons,
                name,
                NameSimilarity.Kind.DIFFERENT,
                "different names: ",
                p -> p.left().text() + " / " + p.right().text());
        if (!name.unpaired().isEmpty()) {
            reasons.add(
                    "names on one side only: "
                            + name.unpaired().stream()
                                    .map(NameToken::text)
                                    .collect(Collectors.joining(", ")));
        }
        return reasons;
    }

    private static void addReason(
            List<String> reasons,
            NameSimilarity.Result name,
            NameSimilarity.Kind kind,
            String label,
            Function<NameSimilarity.TokenPair, String> text) {
        String joined =
                name.pairs().stream()
                        .filter(p -> p.kind() == kind)
                        .map(text)
                        .collect(Collectors.joining(", "));
        if (!joined.isEmpty()) {
            reasons.add(label + joined);
        }
    }
}
