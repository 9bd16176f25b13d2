package org.asylon.reception.document.entity;

import java.time.LocalDate;

/**
 * How long a document is valid and why: the last valid day and the profile rule that set it, kept
 * so that the certificate and the API can show the rule and its basis (deadlines are shown with
 * their rule).
 */
public record Validity(
        LocalDate until, String rule, String profile, String basis, String explanation) {}
