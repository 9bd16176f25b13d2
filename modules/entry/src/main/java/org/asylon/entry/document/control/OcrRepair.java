package org.asylon.entry.document.control;

/**
 * A letter read where only a digit may stand, replaced by the digit it is typically confused with.
 * Only accepted repairs are listed: the repaired field passed its check digit (and, for a date, is
 * a valid date).
 */
public record OcrRepair(MrzField field, MrzPosition position, char from, char to) {}
