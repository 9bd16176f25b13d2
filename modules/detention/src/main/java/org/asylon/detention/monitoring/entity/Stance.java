package org.asylon.detention.monitoring.entity;

/** The authority's position on a recommendation. */
public enum Stance {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    REJECTED
}
