package org.asylon.entry.person.control;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.CountryKind;

/**
 * Compares declared nationalities (codes of the suite's register, {@link Countries}). A mismatch
 * lowers a match but never excludes it: people hold several nationalities, declare differently at
 * different borders, or are recorded with the nationality of a document they carry.
 */
public final class NationalityCompatibility {

    public enum Level {
        MATCH(1.0),
        UNKNOWN(0.95),
        MISMATCH(0.85);

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

    private NationalityCompatibility() {}

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
        return new Result(
                Level.MISMATCH,
                "nationality differs: "
                        + String.join(", ", left)
                        + " vs "
                        + String.join(", ", right));
    }

    /**
     * Upper-case, each code as the register compares it (Germany's MRZ code D is DEU), and the ICAO
     * codes that name no nationality removed: XXA stateless, XXB and XXC refugee, XXX unspecified
     * are treated as unknown, not as a mismatch, because the same person is often recorded as SYR
     * once and XXA or XXB later.
     */
    static Set<String> known(Collection<String> codes) {
        Set<String> out = new TreeSet<>();
        if (codes != null) {
            for (String code : codes) {
                if (code == null || code.isBlank()) {
                    continue;
                }
                String c = code.strip().toUpperCase(Locale.ROOT);
                boolean namesNoNationality =
                        Countries.find(c)
                                .map(Country::kind)
                                .filter(kind -> kind == CountryKind.NO_NATIONALITY)
                                .isPresent();
                if (!namesNoNationality) {
                    out.add(Countries.comparable(c));
                }
            }
        }
        return out;
    }
}
