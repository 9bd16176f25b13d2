package org.asylon.capacity.selfassessment.control;

/** One permitted answer to a profile question. */
public record Option(String code, String label) {}
