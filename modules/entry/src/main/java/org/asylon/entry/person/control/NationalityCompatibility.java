package org.asylon.entry.person.control;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares declared nationalities (ICAO 9303 three-letter codes). A mismatch lowers a match but never
 * excludes it: people hold several nationalities, declare differently at different borders, or are
 * recorded with the nationality of a document they carry.
 */
public final class NationalityCompatibility {

    /**
     * ICAO codes that say the nationality is not known or not a nationality: XXA stateless, XXB refugee
     * (1951 Convention), XXC refugee (other), XXX unspecified. Treated as unknown, not as a mismatch,
     * because the same person is often recorded as SYR once and XXA or XXB later.
     */
    static final Set<String> UNKNOWN_CODES = Set.of("XXA", "XXB", "XXC", "XXX");

    /** Codes ICAO documents use that are not ISO 3166 alpha-3 (Germany writes D in the MRZ). */
    private static final Map<String, String> ALIASES = Map.of("D", "DEU");

    public enum Level {
        MATCH(1.0), UNKNOWN(0.95), MISMATCH(0.85);

        private final double factor;

        Level(double factor) {
            this.factor = factor;
        }

        public double factor() {
            return factor;
        }
    }

    public record Result(Level level, String reason) {

        public double factor() {
            return level.factor();
        }
    }

    private NationalityCompatibility() {
    }

    public static Result compare(Collection<String> a, Collection<String> b) {
        Set<String> left = known(a);
        Set<String> right = known(b);
        if (left.isEmpty() || right.isEmpty()) {
            return new Result(Level.UNKNOWN, "nationality unknown on one side");
        }
        Set<String> common = new TreeSet<>(left);
        common.retainAll(right);
        if (!common.isEmpty()) {
            return new Result(Level.MATCH, "nationality " + String.join(", ", common) + " matches");
        }
        return new Result(Level.MISMATCH, "nationality differs: " + String.join(", ", left) + " vs " + String.join(", ", right));
    }

    /** Upper-case, aliases resolved, unknown codes removed. */
    static Set<String> known(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        if (codes != null) {
            for (String code : codes) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                String c = code.strip().toUpperCase(Locale.ROOT);
                c = ALIASES.getOrDefault(c, c);
                if (!UNKNOWN_CODES.contains(c)) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
