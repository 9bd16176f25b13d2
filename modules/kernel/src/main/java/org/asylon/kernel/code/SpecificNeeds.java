package org.asylon.kernel.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The suite's one set of specific-needs codes, as data ({@code asylon/codes/specific-needs.tsv}):
 * UNHCR's standardized categories (SC unaccompanied or separated child, CR child at risk, WR woman
 * at risk, SP single parent, ER older person at risk, DS disability, SM serious medical condition,
 * TR torture, SV sexual and gender-based violence, FU family unity, LP legal and physical
 * protection needs) with the sub-codes the modules use, and Asylon's OTHER. A code that the
 * reference files do not confirm is labelled unconfirmed wherever it is shown. The codes the
 * modules used before ({@code POSSIBLE_VICTIM_OF_TRAFFICKING}, {@code FAMILY_UNITY} …) are mapped
 * to their code by {@link #resolve}. Read once, on first use.
 */
public final class SpecificNeeds {

    /** Asylon's code for a need no other code fits; it is described in a note. */
    public static final String OTHER = "OTHER";

    /**
     * One code.
     *
     * @param code e.g. {@code SC} (a category) or {@code SC-UC} (a sub-code)
     * @param category the category it belongs to; a category's is itself
     * @param confirmed whether the reference files confirm it; otherwise it is shown labelled
     *     unconfirmed
     * @param formerly the codes Asylon's modules used for it before
     * @param name the English label, e.g. "Unaccompanied child"
     */
    public record Need(
            String code, String category, boolean confirmed, List<String> formerly, String name) {

        public boolean isCategory() {
            return code.equals(category);
        }

        /** How people read it: "Unaccompanied child (SC-UC, unconfirmed)". */
        public String label() {
            return name + " (" + code + (confirmed ? "" : ", unconfirmed") + ")";
        }
    }

    private SpecificNeeds() {}

    /** The need of a current code; empty for null, a former code or anything else. */
    public static Optional<Need> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Register.CODES.get(code));
    }

    public static boolean isValid(String code) {
        return find(code).isPresent();
    }

    /**
     * The need of a current code or of a code the modules used before (e.g. FAMILY_SEPARATED is
     * FU).
     */
    public static Optional<Need> resolve(String codeOrFormer) {
        if (codeOrFormer == null) {
            return Optional.empty();
        }
        Need current = Register.CODES.get(codeOrFormer);
        return Optional.ofNullable(current != null ? current : Register.FORMER.get(codeOrFormer));
    }

    /** Every code, categories before their sub-codes, in the order of the file. */
    public static List<Need> all() {
        return Register.ALL;
    }

    /** The category of a current code, e.g. SC for SC-UC; null for anything else. */
    public static String categoryOf(String code) {
        return find(code).map(Need::category).orElse(null);
    }

    /** A code as people read it; a code not in the set (kept from before) is shown as it is. */
    public static String label(String code) {
        return resolve(code).map(Need::label).orElse(code);
    }

    private static final class Register {

        static final Map<String, Need> CODES;
        static final Map<String, Need> FORMER;
        static final List<Need> ALL;

        static {
            Map<String, Need> codes = new LinkedHashMap<>();
            Map<String, Need> former = new HashMap<>();
            for (String[] row : CodeFile.rows("specific-needs.tsv", 5)) {
                if (!row[2].equals("confirmed") && !row[2].equals("unconfirmed")) {
                    throw new IllegalStateException(
                            "specific-needs code "
                                    + row[0]
                                    + ": status '"
                                    + row[2]
                                    + "' is neither confirmed nor unconfirmed");
                }
                List<String> formerly = row[3].isBlank() ? List.of() : List.of(row[3].split(","));
                Need need = new Need(row[0], row[1], row[2].equals("confirmed"), formerly, row[4]);
                if (codes.putIfAbsent(need.code(), need) != null) {
                    throw new IllegalStateException(
                            "specific-needs code " + need.code() + " is listed twice");
                }
                if (!need.isCategory() && !codes.containsKey(need.category())) {
                    throw new IllegalStateException(
                            "specific-needs code "
                                    + need.code()
                                    + " comes before its category "
                                    + need.category());
                }
                for (String old : formerly) {
                    if (former.putIfAbsent(old, need) != null) {
                        throw new IllegalStateException("former code " + old + " is mapped twice");
                    }
                }
            }
            former.keySet().stream()
                    .filter(codes::containsKey)
                    .filter(old -> !codes.get(old).formerly().contains(old))
                    .findFirst()
                    .ifPresent(
                            old -> {
                                throw new IllegalStateException(
                                        "former code " + old + " is also another current code");
                            });
            CODES = Collections.unmodifiableMap(codes);
            FORMER = Map.copyOf(former);
            ALL = List.copyOf(new ArrayList<>(codes.values()));
        }
    }
}
