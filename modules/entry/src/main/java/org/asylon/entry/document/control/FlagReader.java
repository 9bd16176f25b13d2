package org.asylon.entry.document.control;

import java.time.LocalDate;
import org.asylon.kernel.code.Countries;
import org.asylon.kernel.code.Country;
import org.asylon.kernel.code.CountryKind;

/**
 * Flags what an official should notice: special and specimen codes (Doc 9303 Part 3 §5) and expiry.
 */
final class FlagReader {

    private FlagReader() {}

    static boolean flag(MrzDocument document, LocalDate today, Findings findings) {
        flagCode(MrzField.ISSUING_STATE, document.issuingState(), findings);
        flagCode(MrzField.NATIONALITY, document.nationality(), findings);
        LocalDate expiry = document.dateOfExpiry().toLocalDate().orElse(null);
        boolean expired = expiry != null && expiry.isBefore(today);
        if (expired) {
            String meaning = "The document expired on " + expiry + " (today is " + today + ").";
            findings.flag(MrzFlag.Kind.EXPIRED, MrzField.DATE_OF_EXPIRY, meaning);
            findings.warning(
                    MrzField.DATE_OF_EXPIRY,
                    meaning
                            + " This is flagged for your decision; the reading"
                            + " is not refused.");
        }
        return expired;
    }

    private static void flagCode(MrzField field, CountryCode code, Findings findings) {
        if (!code.special()) {
            return;
        }
        String meaning = field.sentenceLabel() + " " + code.code() + ": " + code.meaning() + ".";
        findings.flag(kindOf(code), field, meaning);
    }

    private static MrzFlag.Kind kindOf(CountryCode code) {
        if (code.registered().map(Country::kind).orElse(null) == CountryKind.WITHDRAWN) {
            return MrzFlag.Kind.DEPRECATED_CODE;
        }
        return switch (code.code()) {
            case Countries.SPECIMEN -> MrzFlag.Kind.SPECIMEN;
            case Countries.STATELESS -> MrzFlag.Kind.STATELESS;
            case Countries.REFUGEE_1951_CONVENTION, Countries.REFUGEE_OTHER -> MrzFlag.Kind.REFUGEE;
            case Countries.UNSPECIFIED_NATIONALITY -> MrzFlag.Kind.UNSPECIFIED_NATIONALITY;
            default -> MrzFlag.Kind.SPECIAL_CODE;
        };
    }
}
