package org.asylon.entry.document.control;

import java.util.List;

/**
 * The outcome of one check digit.
 *
 * @param covered the spans the check digit is computed over
 * @param position where the check digit is printed
 * @param expected the digit the covered characters give, or null if they contain a character with
 *     no value
 * @param found the character printed at {@code position} (after accepted OCR repairs)
 * @param valid true if {@code found} is the expected digit (or, for an unused TD3 personal number,
 *     {@code <})
 */
public record CheckDigitReport(
        MrzField field,
        List<MrzSpan> covered,
        MrzPosition position,
        Integer expected,
        char found,
        boolean valid) {

    public CheckDigitReport {
        covered = List.copyOf(covered);
    }
}
