package org.asylon.entry.document.control;

import java.util.Map;

/**
 * The two-character document code.
 *
 * @param raw the two characters as read, e.g. {@code P<} or {@code PR}
 * @param meaning the document type in words, or null if the reference records none for this code
 */
public record DocumentCode(String raw, String meaning) {

    // The harmonised second characters are confirmed only in a secondary source, so their meanings
    // say so.
    private static final String SECONDARY = " [secondary source, not verified against ICAO text]";
    private static final Map<Character, String> PASSPORT_TYPES =
            Map.of(
                    'P', "national / ordinary passport" + SECONDARY,
                    'E', "emergency passport" + SECONDARY,
                    'D', "diplomatic passport" + SECONDARY,
                    'O', "official / service passport" + SECONDARY,
                    'R', "refugee travel document" + SECONDARY,
                    'T', "alien's / non-citizen's passport" + SECONDARY,
                    'S', "stateless person's travel document" + SECONDARY,
                    'L', "laissez-passer" + SECONDARY,
                    'M', "military" + SECONDARY,
                    'U', "single-sheet document (Part 8)" + SECONDARY);

    static DocumentCode of(String raw, MrzFormat format) {
        return new DocumentCode(raw, meaning(raw, format));
    }

    private static String meaning(String raw, MrzFormat format) {
        if (format.visa()) {
            return "visa (layout unverified)";
        }
        if (format != MrzFormat.TD3 || raw.charAt(0) != 'P') {
            return null;
        }
        if (raw.charAt(1) == '<') {
            return "passport (no type character; the older P< form)";
        }
        return PASSPORT_TYPES.get(raw.charAt(1));
    }
}
