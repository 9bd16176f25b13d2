package org.asylon.entry.it;

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
        String first = pad("P<" + state + names, 44);
        String numberField = pad(number, 9);
        String personal = "<".repeat(14);
        String second =
                numberField
                        + digit(numberField)
                        + nationality
                        + birth
                        + digit(birth)
                        + sex
                        + expiry
                        + digit(expiry)
                        + personal
                        + digit(personal);
        String composite =
                second.substring(0, 10) + second.substring(13, 20) + second.substring(21, 43);
        return first + "\n" + second + digit(composite);
    }

    private static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }

    /** The 7-3-1 weighted check digit of Doc 9303 Part 3 §4.9. */
    static char digit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value =
                    Character.isDigit(c) ? c - '0' : Character.isLetter(c) ? c - 'A' + 10 : 0;
            sum += value * weights[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
