package org.asylon.entry.document.control;

import java.util.List;
import java.util.Objects;

/**
 * Where each field of one MRZ format lies. The standard layouts are in {@link MrzLayouts};
 * unverified ones (the visas) can be replaced by a corrected layout without changing the reader.
 *
 * @param verified false if the layout is not confirmed in the verified Doc 9303 text; readings then
 *     say so
 * @param reference where the layout comes from, shown to users of an unverified layout
 * @param longDocumentNumberAllowed true for TD1, whose document number may continue in the optional
 *     data
 * @param compositeCoverage the spans the composite check digit covers, empty if there is none
 * @param compositeCheckDigit null if the format has no composite check digit
 */
public record MrzLayout(
        MrzFormat format,
        boolean verified,
        String reference,
        MrzSpan documentCode,
        MrzSpan issuingState,
        MrzSpan name,
        CheckedSpan documentNumber,
        boolean longDocumentNumberAllowed,
        MrzSpan nationality,
        CheckedSpan dateOfBirth,
        MrzPosition sex,
        CheckedSpan dateOfExpiry,
        List<OptionalDataSpan> optionalData,
        List<MrzSpan> compositeCoverage,
        MrzPosition compositeCheckDigit) {

    public MrzLayout {
        Objects.requireNonNull(format, "format");
        optionalData = List.copyOf(optionalData);
        compositeCoverage = List.copyOf(compositeCoverage);
        if (compositeCoverage.isEmpty() != (compositeCheckDigit == null)) {
            throw new IllegalArgumentException(
                    "a composite check digit needs the spans it covers, and vice versa");
        }
    }

    public boolean hasComposite() {
        return compositeCheckDigit != null;
    }
}
