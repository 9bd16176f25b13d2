package org.asylon.entry.document.control;

/**
 * Optional data, or the TD3 personal number.
 *
 * @param field {@link MrzField#PERSONAL_NUMBER} for TD3, otherwise {@link MrzField#OPTIONAL_DATA}
 * @param label which optional-data field this is, e.g. "optional data (line 1)"
 * @param span where it was read; for a TD1 long document number, only what follows the number's
 *     check digit
 * @param raw the characters as read, fillers included
 * @param value the characters without trailing fillers; empty if the field is unused
 */
public record MrzOptionalData(
        MrzField field, String label, MrzSpan span, String raw, String value) {}
