package org.asylon.capacity.selfassessment.control;

/**
 * One checklist question. {@code text} is Asylon's paraphrase addressed to the state; {@code quote}
 * is the UNHCR wording it restates, verbatim, and {@code source} where that wording stands (Annex I
 * objective and activity, or the Plan's point and paragraph), so a reader can always check the
 * paraphrase against the original.
 */
public record Question(String id, int component, String text, String source, String quote) {}
