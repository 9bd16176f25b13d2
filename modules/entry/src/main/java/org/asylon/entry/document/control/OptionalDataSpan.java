package org.asylon.entry.document.control;

/**
 * Where a layout keeps optional data (or the TD3 personal number).
 *
 * @param checkDigit the position of its check digit, or null if the layout gives it none
 */
public record OptionalDataSpan(
        MrzField field, String label, MrzSpan span, MrzPosition checkDigit) {}
