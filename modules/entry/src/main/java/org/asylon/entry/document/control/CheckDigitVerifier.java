package org.asylon.entry.document.control;

import java.util.List;

/** Verifies every check digit of the layout (Doc 9303 Part 3 §4.9) and explains each failure. */
final class CheckDigitVerifier {

    private CheckDigitVerifier() {}

    static List<CheckDigitReport> verify(
            List<String> lines, List<CheckDigitRule> rules, Findings findings) {
        return rules.stream().map(rule -> verify(lines, rule, findings)).toList();
    }

    private static CheckDigitReport verify(
            List<String> lines, CheckDigitRule rule, Findings findings) {
        Integer expected = rule.expected(lines);
        char found = rule.found(lines);
        boolean valid = rule.passes(lines);
        if (!valid) {
            findings.error(rule.field(), failure(lines, rule, expected, found));
        }
        return new CheckDigitReport(
                rule.field(), rule.covered(), rule.position(), expected, found, valid);
    }

    private static String failure(
            List<String> lines, CheckDigitRule rule, Integer expected, char found) {
        String subject =
                rule.field() == MrzField.COMPOSITE
                        ? "The composite check digit at " + rule.position()
                        : rule.field().sentenceLabel() + ": the check digit at " + rule.position();
        String covered =
                rule.field() == MrzField.COMPOSITE
                        ? "the characters it covers (" + rule.coveredDescription() + ")"
                        : "the characters of the "
                                + rule.field().label()
                                + " '"
                                + rule.coveredText(lines)
                                + "'";
        if (expected == null) {
            return subject
                    + " cannot be confirmed, because "
                    + covered
                    + " include characters that are not allowed in an MRZ.";
        }
        String foundText =
                Character.isDigit(found) ? "'" + found + "'" : "'" + found + "', not a digit,";
        String cause =
                rule.field() == MrzField.COMPOSITE
                        ? " One of the covered characters, or the check digit, was misprinted, misread or altered."
                        : " The "
                                + rule.field().label()
                                + " or its check digit was misprinted, misread or altered.";
        return subject + " is " + foundText + " but " + covered + " give " + expected + "." + cause;
    }
}
