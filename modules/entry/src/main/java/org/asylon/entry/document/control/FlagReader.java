package org.asylon.entry.document.control;

import java.time.LocalDate;

/** Flags what an official should notice: special and specimen codes (Doc 9303 Part 3 §5) and expiry. */
final class FlagReader {

    private FlagReader() {
    }

    static boolean flag(MrzDocument document, LocalDate today, Findings findings) {
        flagCode(MrzField.ISSUING_STATE, document.issuingState(), findings);
        flagCode(MrzField.NATIONALITY, document.nationality(), findings);
        LocalDate expiry = document.dateOfExpiry().toLocalDate().orElse(null);
        boolean expired = expiry != null && expiry.isBefore(today);
        if (expired) {
            String meaning = "The document expired on " + expiry + " (today is " + today + ").";
            findings.flag(MrzFlag.Kind.EXPIRED, MrzField.DATE_OF_EXPIRY, meaning);
            findings.warning(MrzField.DATE_OF_EXPIRY, meaning + " This is flagged for your decision; the reading"
                    + " is not refused.");
        }
        return expired;
    }

    private static void flagCode(MrzField field, CountryCode code, Findings findings) {
        if (!code.special()) {
            return;
        }
        String meaning = field.sentenceLabel() + " " + code.code() + ": " + code.meaning() + ".";
        findings.flag(kindOf(code.code()), field, meaning);
    }

    private static MrzFlag.Kind kindOf(String code) {
        return switch (code) {
            case SpecialCodes.SPECIMEN -> MrzFlag.Kind.SPECIMEN;
            case SpecialCodes.STATELESS -> MrzFlag.Kind.STATELESS;
            case SpecialCodes.REFUGEE_1951_CONVENTION, SpecialCodes.REFUGEE_OTHER -> MrzFlag.Kind.REFUGEE;
            case SpecialCodes.UNSPECIFIED_NATIONALITY -> MrzFlag.Kind.UNSPECIFIED_NATIONALITY;
            default -> SpecialCodes.DEPRECATED.contains(code) ? MrzFlag.Kind.DEPRECATED_CODE : MrzFlag.Kind.SPECIAL_CODE;
        };
    }
}
