package org.asylon.entry.document.control;

import java.util.List;
import java.util.stream.Collectors;

/** Tells the format from line count, line length and first character, or explains why none fits. */
final class FormatDetector {

    private FormatDetector() {}

    static MrzFormat detect(List<String> lines, Findings findings) {
        if (lines.isEmpty()) {
            findings.error(MrzField.FORMAT, "No MRZ text was received.");
            return MrzFormat.UNKNOWN;
        }
        int length = lines.get(0).length();
        boolean sameLength = lines.stream().allMatch(line -> line.length() == length);
        MrzFormat format =
                sameLength && length > 0
                        ? MrzFormat.detect(lines.size(), length, lines.get(0).charAt(0))
                        : MrzFormat.UNKNOWN;
        if (format == MrzFormat.UNKNOWN) {
            findings.error(MrzField.FORMAT, shapeMessage(lines));
        }
        return format;
    }

    private static String shapeMessage(List<String> lines) {
        String lengths =
                lines.stream()
                        .map(line -> String.valueOf(line.length()))
                        .collect(Collectors.joining(", "));
        StringBuilder message =
                new StringBuilder(
                        "The MRZ has "
                                + lines.size()
                                + (lines.size() == 1 ? " line" : " lines")
                                + " of "
                                + lengths
                                + " characters, which matches no known format. Expected 3 lines of 30 (ID card, TD1),"
                                + " 2 lines of 36 (TD2, or visa MRV-B) or 2 lines of 44 (passport TD3, or visa MRV-A).");
        for (MrzFormat candidate : List.of(MrzFormat.TD1, MrzFormat.TD2, MrzFormat.TD3)) {
            if (candidate.lineCount() != lines.size()) {
                continue;
            }
            long fitting =
                    lines.stream().filter(line -> line.length() == candidate.lineLength()).count();
            if (fitting > 0) {
                for (int i = 0; i < lines.size(); i++) {
                    int actual = lines.get(i).length();
                    if (actual != candidate.lineLength()) {
                        message.append(" Line ")
                                .append(i + 1)
                                .append(" has ")
                                .append(actual)
                                .append(" characters where ")
                                .append(candidate.label())
                                .append(" needs ")
                                .append(candidate.lineLength())
                                .append('.');
                    }
                }
            }
        }
        return message.toString();
    }
}
