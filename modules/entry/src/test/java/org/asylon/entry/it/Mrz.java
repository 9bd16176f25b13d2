package org.asylon.entry.it;

import org.asylon.entry.document.control.SpecimenMrz;

/**
 * Passport MRZs (ICAO Doc 9303 TD3) for the browser tests, with correct check digits, so that each
 * test registers a document no one registered before.
 */
final class Mrz {

    private Mrz() {}

    /**
     * Two lines of 44 characters.
     *
     * @param birth YYMMDD
     * @param expiry YYMMDD
     */
    static String td3(
            String state,
            String surname,
            String givenNames,
            String number,
            String nationality,
            String birth,
            char sex,
            String expiry) {
        String names = surname + "<<" + givenNames.replace(' ', '<');
        return pad("P<" + state + names, 44)
                + "\n"
                + SpecimenMrz.td3Line2(number, nationality, birth, sex, expiry, "");
    }

    private static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }
}
