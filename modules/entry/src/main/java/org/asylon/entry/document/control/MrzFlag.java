package org.asylon.entry.document.control;

/**
 * Something the official should notice that is not an error in the MRZ.
 *
 * @param field the field the flag is about
 * @param meaning the flag in plain English
 */
public record MrzFlag(Kind kind, MrzField field, String meaning) {

    public enum Kind {
        /** The date of expiry is before today: flagged, not refused. */
        EXPIRED,
        /** UTO (Utopia): an ICAO specimen, not a real document. */
        SPECIMEN,
        /** XXA. */
        STATELESS,
        /** XXB or XXC. */
        REFUGEE,
        /** XXX. */
        UNSPECIFIED_NATIONALITY,
        /** A deprecated code (ANT, NTZ). */
        DEPRECATED_CODE,
        /** Any other Doc 9303 special code, e.g. D (Germany), EUE, UNO. */
        SPECIAL_CODE
    }
}
