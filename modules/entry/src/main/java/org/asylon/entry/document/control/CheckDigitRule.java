package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One check digit of a layout: what it covers and where it stands.
 *
 * @param contentIsDigits true for dates, whose characters (like every check digit) may only be
 *     digits, so OCR repair may touch them; false for alphanumeric fields, which are never repaired
 * @param unusedMayBeFiller true for the TD3 personal number, whose check digit may be {@code <} or
 *     {@code 0} when the field is unused (Doc 9303 Part 4 §4.2.2)
 */
record CheckDigitRule(
        MrzField field,
        List<MrzSpan> covered,
        MrzPosition position,
        boolean contentIsDigits,
        boolean unusedMayBeFiller) {

    /**
     * The check digits of a layout in MRZ order, the composite last because it covers the others.
     */
    static List<CheckDigitRule> of(MrzLayout layout, DocumentNumberLocation documentNumber) {
        List<CheckDigitRule> rules = new ArrayList<>();
        rules.add(
                new CheckDigitRule(
                        MrzField.DOCUMENT_NUMBER,
                        documentNumber.number(),
                        documentNumber.checkDigit(),
                        false,
                        false));
        rules.add(dateRule(MrzField.DATE_OF_BIRTH, layout.dateOfBirth()));
        rules.add(dateRule(MrzField.DATE_OF_EXPIRY, layout.dateOfExpiry()));
        for (OptionalDataSpan optional : layout.optionalData()) {
            if (optional.checkDigit() != null) {
                rules.add(
                        new CheckDigitRule(
                                optional.field(),
                                List.of(optional.span()),
                                optional.checkDigit(),
                                false,
                                optional.field() == MrzField.PERSONAL_NUMBER));
            }
        }
        if (layout.hasComposite()) {
            rules.add(
                    new CheckDigitRule(
                            MrzField.COMPOSITE,
                            layout.compositeCoverage(),
                            layout.compositeCheckDigit(),
                            false,
                            false));
        }
        return List.copyOf(rules);
    }

    private static CheckDigitRule dateRule(MrzField field, CheckedSpan span) {
        return new CheckDigitRule(field, List.of(span.field()), span.checkDigit(), true, false);
    }

    String coveredText(List<String> lines) {
        StringBuilder text = new StringBuilder();
        covered.forEach(span -> text.append(span.textIn(lines)));
        return text.toString();
    }

    char found(List<String> lines) {
        return lines.get(position.line() - 1).charAt(position.column() - 1);
    }

    Integer expected(List<String> lines) {
        return CheckDigit.of(coveredText(lines));
    }

    boolean passes(List<String> lines) {
        Integer expected = expected(lines);
        char found = found(lines);
        if (expected != null && found == (char) ('0' + expected)) {
            return true;
        }
        return unusedMayBeFiller
                && found == '<'
                && coveredText(lines).chars().allMatch(c -> c == '<');
    }

    /**
     * The positions where only a digit may stand: the check digit, and the field itself for dates.
     */
    List<MrzPosition> digitPositions() {
        List<MrzPosition> positions = new ArrayList<>();
        if (contentIsDigits) {
            covered.forEach(span -> positions.addAll(span.positions()));
        }
        positions.add(position);
        return positions;
    }

    /** E.g. "line 1, positions 6-30; line 2, positions 1-7, 9-15 and 19-29". */
    String coveredDescription() {
        Map<Integer, List<String>> rangesByLine = new TreeMap<>();
        covered.forEach(
                span ->
                        rangesByLine
                                .computeIfAbsent(span.line(), line -> new ArrayList<>())
                                .add(
                                        span.start() == span.end()
                                                ? String.valueOf(span.start())
                                                : span.start() + "-" + span.end()));
        List<String> lines = new ArrayList<>();
        rangesByLine.forEach(
                (line, ranges) -> {
                    String joined =
                            ranges.size() == 1
                                    ? ranges.get(0)
                                    : String.join(", ", ranges.subList(0, ranges.size() - 1))
                                            + " and "
                                            + ranges.get(ranges.size() - 1);
                    lines.add(
                            "line "
                                    + line
                                    + (ranges.size() == 1 && !joined.contains("-")
                                            ? ", position "
                                            : ", positions ")
                                    + joined);
                });
        return String.join("; ", lines);
    }
}
