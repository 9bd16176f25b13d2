package org.asylon.kernel.profile;

/**
 * An event that starts a clock, from {@code anchors.catalogue}. Every time limit in the legal texts
 * runs from a named event, so a profile stores the anchor with the length, not the length alone.
 *
 * @param name e.g. {@code entry.apprehension}; modules record the event under this name
 * @param label short English wording used in explanations, e.g. "apprehension"
 * @param description one line for the rule book
 */
public record Anchor(String name, String label, String description) {}
