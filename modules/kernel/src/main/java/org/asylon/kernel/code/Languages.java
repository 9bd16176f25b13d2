package org.asylon.kernel.code;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 639-3 register with the English reference names (from Debian's iso-codes), so that a
 * notice says "Dari", not "prs". Codes are lower case, as ISO 639-3 writes them; an upper-case code
 * is not a code. Read once, on first use.
 */
public final class Languages {

    private Languages() {}

    /** The language of a code; empty for null or a code not in ISO 639-3. */
    public static Optional<Language> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Register.CODES.get(code));
    }

    public static boolean isValid(String code) {
        return find(code).isPresent();
    }

    /** "Dari" for {@code prs}; null for null or a code not in the register. */
    public static String name(String code) {
        return find(code).map(Language::name).orElse(null);
    }

    /**
     * "Dari (prs)" for {@code prs}; a code not in the register (kept from before it was checked) is
     * shown as it is, so that nothing recorded disappears from a page.
     */
    public static String label(String code) {
        return find(code).map(Language::label).orElse(code);
    }

    private static final class Register {

        static final Map<String, Language> CODES = load();

        private static Map<String, Language> load() {
            Map<String, Language> codes = new HashMap<>();
            for (String[] row : CodeFile.rows("iso-639-3.tsv", 2)) {
                if (codes.putIfAbsent(row[0], new Language(row[0], row[1])) != null) {
                    throw new IllegalStateException("language code " + row[0] + " is listed twice");
                }
            }
            return Map.copyOf(codes);
        }
    }
}
