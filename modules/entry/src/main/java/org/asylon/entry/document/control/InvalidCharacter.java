package org.asylon.entry.document.control;

/** A character outside the MRZ character set A-Z, 0-9 and {@code <}. */
public record InvalidCharacter(MrzPosition position, char character) {}
