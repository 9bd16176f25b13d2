package org.asylon.entry.document.control;

import java.util.List;

/**
 * Every field read from the MRZ, after accepted OCR repairs. A field that could not be read is null
 * (dates keep their raw text and have null parts instead); the reading's problems say why.
 *
 * @param documentNumber without trailing fillers; for a TD1 long number, including its continuation
 * @param longDocumentNumber true if a TD1 document number continues in the optional data
 * @param sex null if the sex character is none of F, M, {@code <}
 */
public record MrzDocument(
        DocumentCode documentCode,
        CountryCode issuingState,
        MrzName name,
        String documentNumber,
        boolean longDocumentNumber,
        CountryCode nationality,
        MrzDate dateOfBirth,
        MrzSex sex,
        MrzDate dateOfExpiry,
        List<MrzOptionalData> optionalData) {

    public MrzDocument {
        optionalData = List.copyOf(optionalData);
    }
}
