package org.asylon.rsd.casework.entity;

/**
 * Gender of an interviewer, an interpreter or the one an applicant asked for; F, M or X as in a
 * travel document.
 */
public enum Gender {
    F,
    M,
    X;

    /** The gender recorded as an applicant's sex, if it is one of the three codes. */
    public static java.util.Optional<Gender> ofSex(String sex) {
        if (sex == null) {
            return java.util.Optional.empty();
        }
        return switch (sex.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "F" -> java.util.Optional.of(F);
            case "M" -> java.util.Optional.of(M);
            case "X" -> java.util.Optional.of(X);
            default -> java.util.Optional.empty();
        };
    }

    public String words() {
        return switch (this) {
            case F -> "female";
            case M -> "male";
            case X -> "non-binary (X)";
        };
    }
}
