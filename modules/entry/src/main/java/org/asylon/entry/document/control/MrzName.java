package org.asylon.entry.document.control;

import java.util.Arrays;
import java.util.List;

/**
 * The name zone split per Doc 9303 Part 3 §4.6: primary identifier, {@code <<}, secondary
 * identifier; components separated by one {@code <}. Components are joined here with single spaces.
 *
 * @param raw the whole name field as read, fillers included
 * @param primaryIdentifier the surname(s), e.g. "ERIKSSON"
 * @param secondaryIdentifier the given name(s), e.g. "ANNA MARIA"; empty if the MRZ has none
 * @param fillsWholeField true if the last character is not a filler, so the name may have been
 *     truncated
 */
public record MrzName(
        String raw, String primaryIdentifier, String secondaryIdentifier, boolean fillsWholeField) {

    static MrzName parse(String raw) {
        String content = raw.replaceAll("<+$", "");
        int separator = content.indexOf("<<");
        String primary = separator < 0 ? content : content.substring(0, separator);
        String secondary = separator < 0 ? "" : content.substring(separator + 2);
        return new MrzName(raw, components(primary), components(secondary), !raw.endsWith("<"));
    }

    private static String components(String identifier) {
        return String.join(
                " ",
                Arrays.stream(identifier.split("<+")).filter(part -> !part.isEmpty()).toList());
    }

    public List<String> primaryComponents() {
        return primaryIdentifier.isEmpty() ? List.of() : List.of(primaryIdentifier.split(" "));
    }

    public List<String> secondaryComponents() {
        return secondaryIdentifier.isEmpty() ? List.of() : List.of(secondaryIdentifier.split(" "));
    }
}
