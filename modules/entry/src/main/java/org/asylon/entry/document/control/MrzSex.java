package org.asylon.entry.document.control;

/** Sex as the MRZ records it: {@code F}, {@code M} or {@code <} (Doc 9303 Part 4 §4.2.2). */
public enum MrzSex {
    FEMALE('F'),
    MALE('M'),
    UNSPECIFIED('<');

    private final char code;

    MrzSex(char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }

    /** The sex for an MRZ character, or null if the character is none of F, M, {@code <}. */
    static MrzSex fromCode(char code) {
        for (MrzSex sex : values()) {
            if (sex.code == code) {
                return sex;
            }
        }
        return null;
    }
}
