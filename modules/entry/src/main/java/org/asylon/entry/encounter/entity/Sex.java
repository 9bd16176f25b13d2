package org.asylon.entry.encounter.entity;

/** Sex as in ICAO Doc 9303: female, male, or unspecified ({@code <} in the MRZ). */
public enum Sex {
    F,
    M,
    X
}
