package org.asylon.detention.place.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.asylon.kernel.problem.ProblemException;

/** Query parameters read by hand, so a bad value is a 400 naming it rather than a bare 404. */
final class Params {

    private Params() {}

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** true, false, or null when absent. */
    static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
