package org.asylon.entry.document.control;

import java.util.Optional;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.CountryKind;

/**
 * A three-character state or organisation field (issuing state, nationality). Codes are ISO 3166-1
 * alpha-3 except the Doc 9303 Part 3 §5 codes; both are in the suite's register ({@link
 * Countries}).
 *
 * @param raw the three characters as read, e.g. {@code D<<}
 * @param code without the filler padding, e.g. {@code D}
 * @param meaning what a Doc 9303 special or a withdrawn code stands for, e.g. "Germany"; null for
 *     an ISO code in use or a code the register does not know
 */
public record CountryCode(String raw, String code, String meaning) {

    static CountryCode of(String raw) {
        String code = raw.replaceAll("<+$", "");
        return new CountryCode(
                raw,
                code,
                Countries.find(code)
                        .filter(Country::special)
                        .map(CountryCode::meaning)
                        .orElse(null));
    }

    private static String meaning(Country country) {
        return country.kind() == CountryKind.WITHDRAWN
                ? country.name() + " (code withdrawn from ISO 3166-1)"
                : country.name();
    }

    /**
     * True for a code of Doc 9303 Part 3 §5, or a withdrawn one, rather than an ISO 3166-1 code in
     * use.
     */
    public boolean special() {
        return meaning != null;
    }

    /** The register's entry; empty for a code neither ISO 3166 nor Doc 9303 lists. */
    Optional<Country> registered() {
        return Countries.find(code);
    }
}
