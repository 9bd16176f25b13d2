package org.asylon.rsd.deadline.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of one case, and the limits that will run once their anchor is recorded (e.g. the
 * appeal window before the decision is notified).
 */
public record CaseDeadlines(
        String applicationId,
        String profile,
        LocalDate today,
        String alertWindow,
        List<CaseDeadlineView> deadlines,
        List<NotStarted> notStarted) {

    /** A limit of the profile that applies to the case but has no anchor yet. */
    public record NotStarted(String rule, String basis, String explanation) {}
}
