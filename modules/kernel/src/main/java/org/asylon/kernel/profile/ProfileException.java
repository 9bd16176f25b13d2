package org.asylon.kernel.profile;

/**
 * A legal profile (or a catalogue) is wrong, or a rule was asked for that the profile does not
 * have. Deliberately unchecked and never swallowed: a wrong legal rule must stop the start-up, not
 * fall back to a default. Load-time messages name the file, the line and the rule or section, e.g.
 * {@code eu-pact-2026.profile line 42, rule entry.screening.deadline: unknown anchor
 * 'entry.aprehension'}.
 */
public class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * An error at a place in a file; {@code subject} is e.g. {@code "rule
     * entry.screening.deadline"}.
     */
    static ProfileException at(SourceLocation where, String subject, String problem) {
        return new ProfileException(where + ", " + subject + ": " + problem);
    }
}
