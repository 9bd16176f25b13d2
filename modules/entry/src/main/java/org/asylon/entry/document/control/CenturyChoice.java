package org.asylon.entry.document.control;

/**
 * The four-digit year a {@link CenturyPolicy} chose for a two-digit MRZ year.
 *
 * @param year null if the policy found no acceptable century
 * @param rule the rule applied, in words, for the record of the reading
 */
public record CenturyChoice(Integer year, String rule) {}
