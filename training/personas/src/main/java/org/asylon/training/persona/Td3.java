package org.asylon.training.persona;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The machine-readable zone of a passport (ICAO Doc 9303 Part 4, TD3: two lines of 44 characters),
 * with check digits computed as Part 3 §4.9 prescribes (weights 7, 3, 1; {@code <} is 0, A–Z are
 * 10–35), and the forger's mistake the trainee must catch: one check digit that does not match.
 */
final class Td3 {

    static final int LENGTH = 44;

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    /** The positions (0-based, line 2) of the check digits: number, birth, expiry, composite. */
    static final int[] CHECK_DIGITS = {9, 19, 27, 43};

    private Td3() {}

    /**
     * @param sex {@code F}, {@code M} or {@code X} (written {@code <})
     */
    static List<String> lines(
            String issuingState,
            String surname,
            String givenNames,
            String number,
            String nationality,
            LocalDate birth,
            String sex,
            LocalDate expiry) {
        String name = letters(surname) + "<<" + letters(givenNames);
        String line1 = pad("P<" + issuingState + name);
        String documentNumber = pad(number, 9);
        String birthText = birth.format(YYMMDD);
        String expiryText = expiry.format(YYMMDD);
        String personalNumber = "<".repeat(14);
        String line2 =
                documentNumber
                        + checkDigit(documentNumber)
                        + nationality
                        + birthText
                        + checkDigit(birthText)
                        + ("X".equals(sex) ? "<" : sex)
                        + expiryText
                        + checkDigit(expiryText)
                        + personalNumber
                        + "0"; // an empty personal number's check digit (Part 4 §4.2.2.2)
        String composite =
                line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return List.of(line1, line2 + checkDigit(composite));
    }

    /**
     * The same zone with the check digit at {@code position} of line 2 changed to another digit.
     */
    static List<String> withBrokenCheckDigit(List<String> lines, int position, int shift) {
        String line2 = lines.get(1);
        int digit = line2.charAt(position) - '0';
        char broken = (char) ('0' + (digit + 1 + Math.floorMod(shift, 9)) % 10);
        return List.of(
                lines.get(0),
                line2.substring(0, position) + broken + line2.substring(position + 1));
    }

    static int checkDigit(String text) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += value(text.charAt(i)) * weights[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0;
    }

    /** A name as the MRZ writes it: A–Z only, accents dropped, anything else a filler. */
    static String letters(String name) {
        String plain =
                Normalizer.normalize(name.replace('ı', 'i'), Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toUpperCase(Locale.ROOT);
        return plain.replaceAll("[^A-Z]+", "<").replaceAll("^<+|<+$", "");
    }

    /** The names of an MRZ's line 1, as the visual zone would print them. */
    static String[] names(String line1) {
        String field = line1.substring(5).replaceAll("<+$", "");
        int split = field.indexOf("<<");
        String surname = split < 0 ? field : field.substring(0, split);
        String given = split < 0 ? "" : field.substring(split + 2);
        return new String[] {surname.replace('<', ' ').strip(), given.replace('<', ' ').strip()};
    }

    private static String pad(String text) {
        return pad(text, LENGTH).substring(0, LENGTH);
    }

    private static String pad(String text, int length) {
        return text.length() >= length ? text : text + "<".repeat(length - text.length());
    }
}
