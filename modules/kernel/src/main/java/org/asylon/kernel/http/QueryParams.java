package org.asylon.kernel.http;

import org.asylon.kernel.problem.ProblemException;

/**
 * Reads numeric query parameters by hand: JAX-RS answers a malformed typed query parameter with a
 * bare 404, which would tell a client "no such resource" when the truth is "bad number".
 */
public final class QueryParams {

    private QueryParams() {}

    public static long nonNegativeLong(String name, String value, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.trim());
            if (parsed < 0) {
                throw ProblemException.badRequest(name, "must be zero or more");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name, "must be a whole number");
        }
    }

    public static int limit(String name, String value, int defaultValue, int max) {
        long parsed = nonNegativeLong(name, value, defaultValue);
        if (parsed < 1 || parsed > max) {
            throw ProblemException.badRequest(name, "must be between 1 and " + max);
        }
        return (int) parsed;
    }
}
