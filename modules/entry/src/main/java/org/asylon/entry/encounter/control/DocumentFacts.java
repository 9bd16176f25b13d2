package org.asylon.entry.encounter.control;

import java.time.LocalDate;

/**
 * A travel document as the officer gave it: its machine-readable zone as scanned ({@code mrz},
 * lines separated by new lines), from which every field is read, or the fields typed in by hand.
 */
public record DocumentFacts(
        String mrz, String documentCode, String number, String issuingState, LocalDate expiryDate) {

    boolean scanned() {
        return mrz != null && !mrz.isBlank();
    }
}
