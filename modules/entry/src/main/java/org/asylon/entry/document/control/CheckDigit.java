package org.asylon.entry.document.control;

/** The check digit of Doc 9303 Part 3 §4.9: weights 7, 3, 1 repeated, sum modulo 10. */
public final class CheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {}

    /**
     * The check digit over {@code text}, or null if it holds a character with no value in the
     * algorithm (anything but 0-9, A-Z and the filler {@code <}).
     */
    public static Integer of(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < text.length(); i++) {
            int value = valueOf(text.charAt(i));
            if (value < 0) {
                return null;
            }
            sum += value * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** Digits count as 0-9, A-Z as 10-35, the filler as 0; -1 for any other character. */
    static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    static boolean matches(CharSequence text, char checkDigit) {
        Integer expected = of(text);
        return expected != null && checkDigit == (char) ('0' + expected);
    }
}
