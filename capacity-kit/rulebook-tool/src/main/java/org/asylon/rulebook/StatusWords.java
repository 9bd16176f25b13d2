package org.asylon.rulebook;

import org.asylon.kernel.profile.LegalStatus;

/**
 * How a {@link LegalStatus} is written for a reader. Anything short of confirmed must catch the
 * eye, because a lawyer skimming a rule book would otherwise take an unverified value for law.
 */
final class StatusWords {

    private StatusWords() {}

    /** The plain wording of a rule book, bold where the state must act. */
    static String plain(LegalStatus status) {
        return switch (status) {
            case CONFIRMED -> "confirmed";
            case SECONDARY -> "secondary source";
            case UNCONFIRMED -> "**UNCONFIRMED — verify before use**";
            case NATIONAL_CHOICE -> "**national choice — the state must set this**";
        };
    }

    /** The marker of a comparison cell, where a whole sentence does not fit. */
    static String marker(LegalStatus status) {
        return switch (status) {
            case CONFIRMED -> "✓";
            case SECONDARY -> "(S)";
            case UNCONFIRMED -> "⚠";
            case NATIONAL_CHOICE -> "◇";
        };
    }

    /** The status in two or three words, for counts and table headings. */
    static String name(LegalStatus status) {
        return switch (status) {
            case CONFIRMED -> "confirmed";
            case SECONDARY -> "secondary source";
            case UNCONFIRMED -> "unconfirmed";
            case NATIONAL_CHOICE -> "national choice";
        };
    }

    /** The legend shared by both pages, so the two never explain a status differently. */
    static String legend() {
        return """
                | Mark | Status | Meaning |
                |---|---|---|
                | ✓ | confirmed | checked in the legal text or an official copy |
                | (S) | secondary source | confirmed only in a secondary source |
                | ⚠ | **UNCONFIRMED** | not verified: verify before use |
                | ◇ | **national choice** | left to the state, or not given by the references: the state must set this |
                """;
    }
}
