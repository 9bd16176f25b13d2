package org.asylon.entry.document.control;

/** The MRZ shapes this reader knows, identified by line count, line length and first character. */
public enum MrzFormat {
    /** ID card, 3 lines of 30 (Doc 9303 Part 5). */
    TD1(3, 30, false),
    /** 2 lines of 36 (Doc 9303 Part 6). */
    TD2(2, 36, false),
    /** Passport, 2 lines of 44 (Doc 9303 Part 4). */
    TD3(2, 44, false),
    /** Visa, 2 lines of 44 starting with V (Doc 9303 Part 7; layout unverified). */
    MRV_A(2, 44, true),
    /** Visa, 2 lines of 36 starting with V (Doc 9303 Part 7; layout unverified). */
    MRV_B(2, 36, true),
    /** Text of a shape no known layout has. */
    UNKNOWN(0, 0, false);

    private final int lineCount;
    private final int lineLength;
    private final boolean visa;

    MrzFormat(int lineCount, int lineLength, boolean visa) {
        this.lineCount = lineCount;
        this.lineLength = lineLength;
        this.visa = visa;
    }

    public int lineCount() {
        return lineCount;
    }

    public int lineLength() {
        return lineLength;
    }

    public boolean visa() {
        return visa;
    }

    /**
     * The format of a known shape, or {@link #UNKNOWN}. Visas are told apart by their leading
     * {@code V}.
     */
    static MrzFormat detect(int lineCount, int lineLength, char firstCharacter) {
        for (MrzFormat format : values()) {
            if (format != UNKNOWN
                    && format.lineCount == lineCount
                    && format.lineLength == lineLength
                    && format.visa == (firstCharacter == 'V')) {
                return format;
            }
        }
        return UNKNOWN;
    }

    public String label() {
        return name().replace('_', '-');
    }
}
