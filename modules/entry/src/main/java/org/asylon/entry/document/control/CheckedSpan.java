package org.asylon.entry.document.control;

/** A field together with the position of the check digit that protects it. */
public record CheckedSpan(MrzSpan field, MrzPosition checkDigit) {}
