package org.asylon.kernel.profile;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How far a rule's value is verified. The reference files tag facts [C] (confirmed in the legal
 * text or an official copy), [S] (secondary source only) or UNCONFIRMED; a value the law leaves to
 * the state, or that the references do not give, is a national choice the state must fill in.
 * Software shows anything but {@link #CONFIRMED} labelled, so the status travels with every value
 * and every computed deadline.
 */
public enum LegalStatus {
    CONFIRMED("confirmed"),
    SECONDARY("secondary"),
    UNCONFIRMED("unconfirmed"),
    NATIONAL_CHOICE("national-choice");

    private final String code;

    LegalStatus(String code) {
        this.code = code;
    }

    /** The spelling used in profile files. */
    public String code() {
        return code;
    }

    /** Parses the file spelling; {@code null} if it is not one of the four codes. */
    static LegalStatus parse(String text) {
        for (LegalStatus s : values()) {
            if (s.code.equals(text)) {
                return s;
            }
        }
        return null;
    }

    static String codes() {
        return Arrays.stream(values()).map(LegalStatus::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}
