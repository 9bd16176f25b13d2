package org.asylon.kernel.partner;

/** What a partner may receive a person's data for. */
public enum Purpose {
    ASSISTED_VOLUNTARY_RETURN,
    CHILD_PROTECTION,
    TRAFFICKING_ASSISTANCE,
    MEDICAL_CARE,
    FAMILY_TRACING
}
