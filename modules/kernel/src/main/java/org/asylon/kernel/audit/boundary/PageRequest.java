package org.asylon.kernel.audit.boundary;

/**
 * The {@code after} and {@code limit} query parameters, checked. Taken as text so that "ten" is refused
 * with a message naming the parameter rather than JAX-RS's bare 404 for an unconvertible query parameter.
 * A limit is an upper bound: asking for more than the maximum gets the maximum, then the next page.
 */
record PageRequest(long after, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    /** @throws IllegalArgumentException naming the parameter that is wrong and why */
    static PageRequest of(String after, String limit) {
        return new PageRequest(number("after", after, 0, 0),
                (int) Math.min(number("limit", limit, DEFAULT_LIMIT, 1), MAX_LIMIT));
    }

    private static long number(String name, String value, long fallback, long min) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        long number;
        try {
            number = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Query parameter '" + name + "' must be a whole number, not '" + value
                    + "'");
        }
        if (number < min) {
            throw new IllegalArgumentException("Query parameter '" + name + "' must be " + min + " or more, not "
                    + number);
        }
        return number;
    }
}
