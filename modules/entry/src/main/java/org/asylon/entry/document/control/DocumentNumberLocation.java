package org.asylon.entry.document.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the document number and its check digit lie in one MRZ. Usually fixed by the layout; a TD1
 * long number (Doc 9303 Part 5 §4.2.2: {@code <} at line 1 position 15) continues in the optional
 * data at positions 16-28 at most, with its check digit right after its last character.
 *
 * @param remainingOptionalData the part of line-1 optional data after a long number's check digit,
 *     or null
 */
record DocumentNumberLocation(
        List<MrzSpan> number,
        MrzPosition checkDigit,
        boolean longNumber,
        MrzSpan remainingOptionalData) {

    private static final int LAST_CONTINUATION_COLUMN = 28;

    static DocumentNumberLocation locate(MrzLayout layout, List<String> lines, Findings findings) {
        CheckedSpan field = layout.documentNumber();
        MrzPosition indicator = field.checkDigit();
        boolean longNumber =
                layout.longDocumentNumberAllowed()
                        && lines.get(indicator.line() - 1).charAt(indicator.column() - 1) == '<';
        if (!longNumber) {
            return new DocumentNumberLocation(List.of(field.field()), indicator, false, null);
        }
        String line = lines.get(indicator.line() - 1);
        int firstColumn = indicator.column() + 1;
        int column = firstColumn;
        while (column <= line.length() && line.charAt(column - 1) != '<') {
            column++;
        }
        int checkColumn = column - 1; // the last character before the filler
        if (checkColumn < firstColumn) {
            findings.error(
                    MrzField.DOCUMENT_NUMBER,
                    "The document number's check digit ("
                            + indicator
                            + ") is '<', which marks a long document number continuing in the optional data,"
                            + " but nothing follows at "
                            + new MrzPosition(indicator.line(), firstColumn)
                            + ".");
            return new DocumentNumberLocation(List.of(field.field()), indicator, true, null);
        }
        if (checkColumn - 1 > LAST_CONTINUATION_COLUMN) {
            findings.error(
                    MrzField.DOCUMENT_NUMBER,
                    "The long document number runs past "
                            + new MrzPosition(indicator.line(), LAST_CONTINUATION_COLUMN)
                            + ", where its continuation must end (Doc 9303 Part 5).");
        }
        List<MrzSpan> number = new ArrayList<>(List.of(field.field()));
        if (checkColumn > firstColumn) {
            number.add(new MrzSpan(indicator.line(), firstColumn, checkColumn - 1));
        }
        MrzSpan remaining =
                checkColumn < line.length()
                        ? new MrzSpan(indicator.line(), checkColumn + 1, line.length())
                        : null;
        return new DocumentNumberLocation(
                number, new MrzPosition(indicator.line(), checkColumn), true, remaining);
    }

    String numberText(List<String> lines) {
        StringBuilder text = new StringBuilder();
        number.forEach(span -> text.append(span.textIn(lines)));
        return text.toString();
    }
}
