package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.entry.encounter.control.DocumentFacts;
import org.asylon.kernel.code.CountryCode;

/**
 * A travel document: either its machine-readable zone as scanned ({@code mrz}, lines separated by
 * new lines), from which every field is read and checked, or the fields typed in by hand.
 */
public record DocumentInput(
        @Size(max = 200) String mrz,
        @Size(max = 2) String documentCode,
        @Size(max = 30) String number,
        @CountryCode String issuingState,
        LocalDate expiryDate) {

    DocumentFacts toFacts() {
        return new DocumentFacts(mrz, documentCode, number, issuingState, expiryDate);
    }
}
