package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds characters outside the MRZ set A-Z, 0-9 and the filler {@code <} (Doc 9303 Part 3), naming
 * their field.
 */
final class CharacterScreen {

    private CharacterScreen() {}

    static List<InvalidCharacter> screen(
            List<String> lines,
            MrzLayout layout,
            DocumentNumberLocation documentNumber,
            Findings findings) {
        List<InvalidCharacter> invalid = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int c = 0; c < line.length(); c++) {
                char character = line.charAt(c);
                if (CheckDigit.valueOf(character) < 0) {
                    MrzPosition position = new MrzPosition(l + 1, c + 1);
                    invalid.add(new InvalidCharacter(position, character));
                    MrzField field = fieldAt(position, layout, documentNumber);
                    findings.error(
                            field,
                            field.sentenceLabel()
                                    + ": '"
                                    + printable(character)
                                    + "' at "
                                    + position
                                    + " is not an MRZ character; only A-Z, 0-9 and '<' may appear.");
                }
            }
        }
        return invalid;
    }

    static MrzField fieldAt(
            MrzPosition position, MrzLayout layout, DocumentNumberLocation documentNumber) {
        if (documentNumber.checkDigit().equals(position)
                || within(position, documentNumber.number())) {
            return MrzField.DOCUMENT_NUMBER;
        }
        if (within(position, List.of(layout.documentCode()))) {
            return MrzField.DOCUMENT_CODE;
        }
        if (within(position, List.of(layout.issuingState()))) {
            return MrzField.ISSUING_STATE;
        }
        if (within(position, List.of(layout.name()))) {
            return MrzField.NAME;
        }
        if (within(position, List.of(layout.nationality()))) {
            return MrzField.NATIONALITY;
        }
        if (covers(layout.dateOfBirth(), position)) {
            return MrzField.DATE_OF_BIRTH;
        }
        if (position.equals(layout.sex())) {
            return MrzField.SEX;
        }
        if (covers(layout.dateOfExpiry(), position)) {
            return MrzField.DATE_OF_EXPIRY;
        }
        for (OptionalDataSpan optional : layout.optionalData()) {
            if (position.equals(optional.checkDigit())
                    || within(position, List.of(optional.span()))) {
                return optional.field();
            }
        }
        return position.equals(layout.compositeCheckDigit()) ? MrzField.COMPOSITE : MrzField.TEXT;
    }

    private static boolean covers(CheckedSpan span, MrzPosition position) {
        return span.checkDigit().equals(position) || within(position, List.of(span.field()));
    }

    private static boolean within(MrzPosition position, List<MrzSpan> spans) {
        return spans.stream()
                .anyMatch(
                        span ->
                                span.line() == position.line()
                                        && position.column() >= span.start()
                                        && position.column() <= span.end());
    }

    private static String printable(char character) {
        return Character.isWhitespace(character) || Character.isISOControl(character)
                ? String.format("U+%04X", (int) character)
                : String.valueOf(character);
    }
}
