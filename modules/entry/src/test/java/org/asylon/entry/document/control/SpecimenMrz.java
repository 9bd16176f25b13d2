package org.asylon.entry.document.control;

import java.time.LocalDate;

/** The specimen MRZs of ICAO Doc 9303 (8th edition, 2021) and helpers to build variants of them. */
public final class SpecimenMrz {

    /** A date after every specimen's expiry, used as "today" unless a test needs another. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static final String TD3_NAME = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD3 = TD3_NAME + "\n" + TD3_LINE2;

    /** Older edition: only line 2 is recorded, so the 8th-edition line 1 is paired with it. */
    static final String TD3_OLD_LINE2 = "L898902C<3UTO6908061F9406236ZE184226B<<<<<14";

    static final String TD2_LINE1 = "I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<";
    static final String TD2_LINE2 = "D231458907UTO7408122F1204159<<<<<<<6";
    static final String TD2 = TD2_LINE1 + "\n" + TD2_LINE2;

    static final String TD1_LINE1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_LINE2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_LINE3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    static final String TD1 = TD1_LINE1 + "\n" + TD1_LINE2 + "\n" + TD1_LINE3;

    /** Worked examples of Doc 9303 Part 3 Appendix A (Utopia spelt YTO there). */
    static final String WORKED_TD3_LINE2 = "HA672242<6YTO5802254M9601086<<<<<<<<<<<<<<08";

    static final String WORKED_TD2_LINE2 = "HA672242<6YTO5802254M9601086<<<<<<<8";
    static final String WORKED_TD1_LINE1 = "I<YTOD231458907<<<<<<<<<<<<<<<";
    static final String WORKED_TD1_LINE2 = "3407127M9507122YTO<<<<<<<<<<<2";

    private SpecimenMrz() {}

    static char digit(String text) {
        return (char) ('0' + CheckDigit.of(text));
    }

    static String withCharAt(String line, int column, char c) {
        StringBuilder builder = new StringBuilder(line);
        builder.setCharAt(column - 1, c);
        return builder.toString();
    }

    /** A TD3 line 2 with all check digits computed; {@code personalNumber} up to 14 characters. */
    public static String td3Line2(
            String documentNumber,
            String nationality,
            String birth,
            char sex,
            String expiry,
            String personalNumber) {
        String number = pad(documentNumber, 9);
        String personal = pad(personalNumber, 14);
        String line =
                number
                        + digit(number)
                        + pad(nationality, 3)
                        + birth
                        + digit(birth)
                        + sex
                        + expiry
                        + digit(expiry)
                        + personal
                        + digit(personal);
        return line
                + digit(line.substring(0, 10) + line.substring(13, 20) + line.substring(21, 43));
    }

    /** A TD3 with the specimen's line 1 and the given date of birth. */
    static String td3WithBirth(String birth) {
        return TD3_NAME + "\n" + td3Line2("L898902C3", "UTO", birth, 'F', "120415", "ZE184226B");
    }

    /** Recomputes a TD3 line 2's composite check digit after a deliberate change elsewhere. */
    static String withTd3Composite(String line2) {
        return line2.substring(0, 43)
                + digit(line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43));
    }

    static String pad(String text, int length) {
        return (text + "<".repeat(length)).substring(0, length);
    }
}
