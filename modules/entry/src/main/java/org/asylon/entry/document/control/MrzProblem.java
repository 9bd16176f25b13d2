package org.asylon.entry.document.control;

/**
 * One finding for the official, in plain English, naming the field.
 *
 * @param severity {@link Severity#ERROR} if the MRZ is wrong or unreadable there, {@link
 *     Severity#WARNING} for something to look at (an accepted repair, lower-case input, an expired
 *     document)
 */
public record MrzProblem(Severity severity, MrzField field, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    static MrzProblem error(MrzField field, String message) {
        return new MrzProblem(Severity.ERROR, field, message);
    }

    static MrzProblem warning(MrzField field, String message) {
        return new MrzProblem(Severity.WARNING, field, message);
    }
}
