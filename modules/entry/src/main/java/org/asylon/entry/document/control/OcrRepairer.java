package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces letters that OCR typically reads for digits, only where a digit must stand (dates and
 * check digits), and only if the repaired field then passes its check digit and, for a date, is a
 * valid date. Alphanumeric fields such as the document number or the name are never touched: there
 * a letter may be genuine.
 */
final class OcrRepairer {

    static final Map<Character, Character> DIGIT_LOOKALIKES =
            Map.of(
                    'O', '0', 'Q', '0', 'D', '0', 'I', '1', 'L', '1', 'Z', '2', 'S', '5', 'G', '6',
                    'B', '8');

    private final MrzDates dates;

    OcrRepairer(MrzDates dates) {
        this.dates = dates;
    }

    /** The lines with accepted repairs applied; each repair, accepted or refused, is reported. */
    List<String> repair(List<String> lines, List<CheckDigitRule> rules, Findings findings) {
        List<String> current = lines;
        for (CheckDigitRule rule : rules) {
            List<OcrRepair> candidates = candidates(current, rule);
            if (candidates.isEmpty()) {
                continue;
            }
            List<String> trial = apply(current, candidates);
            boolean validDate =
                    !rule.contentIsDigits()
                            || dates.read(rule.coveredText(trial), rule.field()).isDate();
            if (rule.passes(trial) && validDate) {
                current = trial;
                findings.repairs.addAll(candidates);
                findings.warning(
                        rule.field(),
                        rule.field().sentenceLabel()
                                + ": read "
                                + describe(candidates)
                                + ". With this correction the "
                                + rule.field().label()
                                + " passes its check digit"
                                + (rule.contentIsDigits() ? " and is a valid date" : "")
                                + "; compare it with the visual zone.");
            } else {
                findings.error(
                        rule.field(),
                        rule.field().sentenceLabel()
                                + ": "
                                + letters(candidates)
                                + " where only a digit may stand. Reading "
                                + (candidates.size() == 1 ? "it" : "them")
                                + " as "
                                + digits(candidates)
                                + " would "
                                + (validDate ? "not pass the check digit" : "not give a valid date")
                                + ", so nothing was changed.");
            }
        }
        return current;
    }

    private static List<OcrRepair> candidates(List<String> lines, CheckDigitRule rule) {
        List<OcrRepair> candidates = new ArrayList<>();
        for (MrzPosition position : rule.digitPositions()) {
            char found = lines.get(position.line() - 1).charAt(position.column() - 1);
            Character digit = DIGIT_LOOKALIKES.get(found);
            if (digit != null) {
                candidates.add(new OcrRepair(rule.field(), position, found, digit));
            }
        }
        return candidates;
    }

    private static List<String> apply(List<String> lines, List<OcrRepair> repairs) {
        List<StringBuilder> copy = lines.stream().map(StringBuilder::new).toList();
        repairs.forEach(
                r ->
                        copy.get(r.position().line() - 1)
                                .setCharAt(r.position().column() - 1, r.to()));
        return copy.stream().map(StringBuilder::toString).toList();
    }

    private static String describe(List<OcrRepair> repairs) {
        return String.join(
                ", ",
                repairs.stream()
                        .map(r -> "'" + r.from() + "' at " + r.position() + " as '" + r.to() + "'")
                        .toList());
    }

    private static String letters(List<OcrRepair> repairs) {
        return String.join(
                ", ", repairs.stream().map(r -> "'" + r.from() + "' at " + r.position()).toList());
    }

    private static String digits(List<OcrRepair> repairs) {
        return String.join(", ", repairs.stream().map(r -> "'" + r.to() + "'").toList());
    }
}
