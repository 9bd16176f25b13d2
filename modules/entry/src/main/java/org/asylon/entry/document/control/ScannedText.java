package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The input split into lines, each trimmed and upper-cased, remembering where lower case was found.
 */
record ScannedText(List<String> lines, List<MrzPosition> lowerCase) {

    static ScannedText of(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return new ScannedText(List.of(), List.of());
        }
        List<String> lines = new ArrayList<>();
        List<MrzPosition> lowerCase = new ArrayList<>();
        String[] rawLines = trimmed.split("\r?\n", -1);
        for (int l = 0; l < rawLines.length; l++) {
            char[] line = rawLines[l].strip().toCharArray();
            for (int c = 0; c < line.length; c++) {
                // Only a-z: other lower-case letters (e.g. ß -> SS) would change the length and are
                // invalid anyway.
                if (line[c] >= 'a' && line[c] <= 'z') {
                    lowerCase.add(new MrzPosition(l + 1, c + 1));
                    line[c] = (char) (line[c] - 'a' + 'A');
                }
            }
            lines.add(new String(line));
        }
        return new ScannedText(List.copyOf(lines), List.copyOf(lowerCase));
    }

    void reportLowerCase(Findings findings) {
        if (!lowerCase.isEmpty()) {
            findings.warning(
                    MrzField.TEXT,
                    "The MRZ text contained lower-case letters ("
                            + describe(lowerCase)
                            + "); they were read as capitals. An MRZ is printed in capitals, so check how it was captured.");
        }
    }

    static String describe(List<MrzPosition> positions) {
        List<String> parts = positions.stream().limit(10).map(MrzPosition::toString).toList();
        return String.join("; ", parts)
                + (positions.size() > 10 ? " and " + (positions.size() - 10) + " more" : "");
    }
}
