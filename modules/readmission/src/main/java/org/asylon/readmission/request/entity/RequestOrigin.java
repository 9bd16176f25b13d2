package org.asylon.readmission.request.entity;

/** Where a request came from. */
public enum RequestOrigin {
    /** A person known in another state, found at the border (entry module). */
    ENTRY,
    /** A person registered at reception. */
    RECEPTION,
    /**
     * An inadmissibility ground of the asylum procedure: first country of asylum, safe third
     * country.
     */
    RSD,
    /** The readmission desk itself, e.g. a person found staying irregularly. */
    DESK,
    /** A partner state's request. */
    PARTNER
}
