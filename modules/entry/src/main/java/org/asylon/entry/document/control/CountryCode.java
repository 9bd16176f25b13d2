package org.asylon.entry.document.control;

/**
 * A three-character state or organisation field (issuing state, nationality). Codes are ISO 3166-1 alpha-3
 * except the Doc 9303 Part 3 §5 codes recorded in {@link SpecialCodes}.
 *
 * @param raw the three characters as read, e.g. {@code D<<}
 * @param code without the filler padding, e.g. {@code D}
 * @param meaning what a Doc 9303 special code stands for, e.g. "Germany"; null for an ordinary ISO code
 */
public record CountryCode(String raw, String code, String meaning) {

    static CountryCode of(String raw) {
        String code = raw.replaceAll("<+$", "");
        return new CountryCode(raw, code, SpecialCodes.meaningOf(code).orElse(null));
    }

    /** True for a code of Doc 9303 Part 3 §5 rather than ISO 3166-1. */
    public boolean special() {
        return meaning != null;
    }
}
