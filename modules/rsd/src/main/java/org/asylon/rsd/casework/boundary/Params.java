package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.rsd.casework.entity.Gender;

/**
 * Query parameters read by hand, so that a bad value is a 400 naming the parameter and not a bare
 * 404.
 */
final class Params {

    private Params() {}

    static Gender gender(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Gender.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name, "use F, M or X");
        }
    }

    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(
                    name, "is required (RFC 3339, e.g. 2026-12-01T09:00:00Z)");
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    name, "use RFC 3339 in UTC, e.g. 2026-12-01T09:00:00Z");
        }
    }
}
