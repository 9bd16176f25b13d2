package org.asylon.kernel.partner;

/** What a partner may receive a person's data for. */
public enum Purpose {
    ASSISTED_VOLUNTARY_RETURN,
    CHILD_PROTECTION,
    TRAFFICKING_ASSISTANCE,
    MEDICAL_CARE,
    FAMILY_TRACING;

    /**
     * The purpose with this code.
     *
     * @throws org.asylon.kernel.problem.ProblemException 422 naming {@code field} for any other
     *     code
     */
    public static Purpose of(String code, String field) {
        for (Purpose p : values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        throw org.asylon.kernel.problem.ProblemException.invalidField(
                field, "'" + code + "' is not one of " + java.util.List.of(values()));
    }
}
