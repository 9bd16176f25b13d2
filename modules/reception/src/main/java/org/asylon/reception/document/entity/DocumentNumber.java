package org.asylon.reception.document.entity;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A temporary document's number: {@code TD-SSSSSSSS-RRRRRRRR-CC}.
 *
 * <ul>
 *   <li>{@code S}: an 8-digit sequence, so that two documents never share a number;
 *   <li>{@code R}: 8 random digits from a {@link SecureRandom}, so that knowing one number (your
 *       own) does not reveal the next: guessing another person's number means trying about 10^8
 *       candidates per sequence value against an endpoint that needs a role and audits every check;
 *   <li>{@code CC}: ISO/IEC 7064 MOD 97-10 check digits over the 16 digits (as in the IBAN).
 * </ul>
 *
 * <p>Why MOD 97-10 and not ICAO 9303's 7-3-1 digit: both catch every single wrong digit, but 7-3-1
 * misses an adjacent transposition whenever the two digits differ by 5 (e.g. 16 ↔ 61), which is
 * exactly the slip of an officer copying a number read aloud over a phone; MOD 97-10 catches all
 * single substitutions and all adjacent transpositions. The 9-character MRZ field that 7-3-1 serves
 * does not apply: the certificate is paper with a QR code, not a machine-readable travel document.
 */
public final class DocumentNumber {

    public static final String PREFIX = "TD";
    static final long MAX_SEQUENCE = 99_999_999L;
    private static final RandomGenerator RANDOM = new SecureRandom();

    private DocumentNumber() {}

    /** A new number for the given sequence value. */
    public static String issue(long sequence) {
        return issue(sequence, RANDOM.nextLong(100_000_000L));
    }

    static String issue(long sequence, long random) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalStateException(
                    "document sequence " + sequence + " is outside 1.." + MAX_SEQUENCE);
        }
        String digits = String.format("%08d%08d", sequence, random);
        return format(digits + checkDigits(digits));
    }

    /**
     * The canonical form of a number as typed (spaces, hyphens and lower case tolerated), or empty
     * if it is not a well-formed number whose check digits match.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (!compact.matches(PREFIX + "\\d{18}")) {
            return Optional.empty();
        }
        String digits = compact.substring(PREFIX.length());
        return valid(digits) ? Optional.of(format(digits)) : Optional.empty();
    }

    /** ISO/IEC 7064 MOD 97-10: the two digits that make the whole number ≡ 1 (mod 97). */
    static String checkDigits(String digits) {
        return String.format("%02d", 98 - mod97(digits + "00"));
    }

    static boolean valid(String digitsWithCheck) {
        return mod97(digitsWithCheck) == 1;
    }

    private static int mod97(String digits) {
        int rest = 0;
        for (int i = 0; i < digits.length(); i++) {
            rest = (rest * 10 + (digits.charAt(i) - '0')) % 97;
        }
        return rest;
    }

    private static String format(String eighteenDigits) {
        return PREFIX
                + "-"
                + eighteenDigits.substring(0, 8)
                + "-"
                + eighteenDigits.substring(8, 16)
                + "-"
                + eighteenDigits.substring(16);
    }
}
