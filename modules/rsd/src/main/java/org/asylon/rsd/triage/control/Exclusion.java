package org.asylon.rsd.triage.control;

/** A profile rule that forbids a track for this applicant, with its legal basis. */
public record Exclusion(String rule, String basis, String detail) {}
