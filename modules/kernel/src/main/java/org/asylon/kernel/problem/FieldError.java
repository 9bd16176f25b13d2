package org.asylon.kernel.problem;

/**
 * One invalid field of a request: its JSON path (e.g. {@code person.surname}) and what is wrong
 * with it.
 */
public record FieldError(String field, String message) {}
