package org.asylon.entry.person.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Score 0..1 between two full names, taken as sets of {@link NameToken}s: independent of order
 * (given name and surname are swapped between MRZ and stated names), tolerant of missing middle
 * names (grandfather names in Arabic name chains are often left out) and of transcription variants.
 */
public final class NameSimilarity {

    /**
     * Below this a full name is not considered the same. Chosen from the edit ratio on keys: one
     * differing key letter in a key of 8 or more (0.875 and up, e.g. Alexander/Aleksandr) passes,
     * one in 7 or fewer (0.857 and down) fails. That is exactly the line between epenthesis in long
     * names and different short names of one Arabic root, which typically differ in one vowel slot
     * only (Mohammed/Mahmoud, Hassan/Hussein).
     */
    public static final double THRESHOLD = 0.87;

    /**
     * Same key, different spelling: a transcription variant. Slightly below an identical spelling.
     */
    static final double VARIANT_SCORE = 0.95;

    /** Pairs below this are unrelated names, not a weak match; they count as zero. */
    static final double UNRELATED_BELOW = 0.6;

    /**
     * Cost per name present on one side only. Small, because missing middle names are routine, but
     * present so that the fuller agreement ranks first.
     */
    static final double UNPAIRED_PENALTY = 0.03;

    private static final double MAX_UNPAIRED_PENALTY = 0.12;

    /** How two tokens relate. */
    public enum Kind {
        /** Same letters after cleaning (Müller = MULLER). */
        IDENTICAL,
        /** Same key (Mohammed ~ Muhammad). */
        VARIANT,
        /** Different keys, but close (Alexander ≈ Aleksandr). */
        SIMILAR,
        /** Unrelated. */
        DIFFERENT
    }

    /** A paired token of each name and how well they agree. */
    public record TokenPair(NameToken left, NameToken right, double score, Kind kind) {}

    /**
     * Result of comparing two names.
     *
     * @param score 0..1
     * @param pairs the tokens paired up, best first
     * @param unpaired tokens of either side without a partner
     */
    public record Result(double score, List<TokenPair> pairs, List<NameToken> unpaired) {

        public boolean matches() {
            return score >= THRESHOLD;
        }
    }

    public Result compare(Collection<String> left, Collection<String> right) {
        return compareTokens(NameTokenizer.tokenize(left), NameTokenizer.tokenize(right));
    }

    public Result compareTokens(List<NameToken> left, List<NameToken> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return new Result(0.0, List.of(), List.of());
        }
        // Greedy best-first pairing: with the handful of names a person has it equals the optimal
        // assignment
        // in all but contrived cases, and it is easy to explain.
        List<TokenPair> all = new ArrayList<>();
        for (NameToken l : left) {
            for (NameToken r : right) {
                all.add(pair(l, r));
            }
        }
        all.sort(Comparator.comparingDouble(TokenPair::score).reversed());
        Set<NameToken> usedLeft = new HashSet<>();
        Set<NameToken> usedRight = new HashSet<>();
        List<TokenPair> pairs = new ArrayList<>();
        for (TokenPair p : all) {
            if (!usedLeft.contains(p.left()) && !usedRight.contains(p.right())) {
                pairs.add(p);
                usedLeft.add(p.left());
                usedRight.add(p.right());
            }
        }
        List<NameToken> unpaired = new ArrayList<>();
        left.stream().filter(t -> !usedLeft.contains(t)).forEach(unpaired::add);
        right.stream().filter(t -> !usedRight.contains(t)).forEach(unpaired::add);

        double mean =
                pairs.stream()
                        .mapToDouble(p -> p.kind() == Kind.DIFFERENT ? 0.0 : p.score())
                        .average()
                        .orElse(0);
        double penalty = Math.min(MAX_UNPAIRED_PENALTY, UNPAIRED_PENALTY * unpaired.size());
        return new Result(Math.max(0.0, mean - penalty), List.copyOf(pairs), List.copyOf(unpaired));
    }

    /** Similarity of two single tokens, using the alternative keys (glued articles) too. */
    public static TokenPair pair(NameToken left, NameToken right) {
        if (NameKey.clean(left.text()).equals(NameKey.clean(right.text()))) {
            return new TokenPair(left, right, 1.0, Kind.IDENTICAL);
        }
        double best = 0.0;
        for (String a : left.keys()) {
            for (String b : right.keys()) {
                if (a.equals(b)) {
                    return new TokenPair(left, right, VARIANT_SCORE, Kind.VARIANT);
                }
                best = Math.max(best, EditSimilarity.of(a, b));
            }
        }
        return new TokenPair(
                left, right, best, best < UNRELATED_BELOW ? Kind.DIFFERENT : Kind.SIMILAR);
    }
}
