package org.asylon.entry.document.control;

import java.util.List;

/**
 * Everything the reader found in one MRZ.
 *
 * @param format {@link MrzFormat#UNKNOWN} if the text has no known shape; {@code document} is then
 *     null
 * @param layoutVerified false if the layout used is not confirmed in the verified Doc 9303 text
 *     (the visas)
 * @param scannedLines the lines as received, trimmed and upper-cased
 * @param readLines the lines as read, after accepted OCR repairs
 * @param document the fields, or null for an unknown format
 * @param checkDigits one report per check digit of the format, in MRZ order
 * @param repairs accepted OCR repairs
 * @param invalidCharacters characters outside A-Z, 0-9 and {@code <}
 * @param flags special codes, specimens, expiry
 * @param problems plain-English findings, errors and warnings
 * @param unverifiedRules the rules used in this reading that are not confirmed in Doc 9303 (century
 *     inference, visa layouts)
 * @param expired true if the date of expiry is before today
 * @param valid true if the format is known and every check digit passes after accepted repairs
 */
public record MrzReading(
        MrzFormat format,
        boolean layoutVerified,
        List<String> scannedLines,
        List<String> readLines,
        MrzDocument document,
        List<CheckDigitReport> checkDigits,
        List<OcrRepair> repairs,
        List<InvalidCharacter> invalidCharacters,
        List<MrzFlag> flags,
        List<MrzProblem> problems,
        List<String> unverifiedRules,
        boolean expired,
        boolean valid) {

    public MrzReading {
        scannedLines = List.copyOf(scannedLines);
        readLines = List.copyOf(readLines);
        checkDigits = List.copyOf(checkDigits);
        repairs = List.copyOf(repairs);
        invalidCharacters = List.copyOf(invalidCharacters);
        flags = List.copyOf(flags);
        problems = List.copyOf(problems);
        unverifiedRules = List.copyOf(unverifiedRules);
    }

    public List<MrzProblem> errors() {
        return problems.stream()
                .filter(problem -> problem.severity() == MrzProblem.Severity.ERROR)
                .toList();
    }

    public List<MrzProblem> problemsWith(MrzField field) {
        return problems.stream().filter(problem -> problem.field() == field).toList();
    }

    public boolean hasFlag(MrzFlag.Kind kind) {
        return flags.stream().anyMatch(flag -> flag.kind() == kind);
    }
}
