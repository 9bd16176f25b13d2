package org.asylon.rsd.deadline.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.asylon.rsd.deadline.entity.CaseDeadline;

/**
 * A deadline as shown on the case: the rule and its basis, how the date was computed, the status
 * today, and caveats (anything but a confirmed rule is shown labelled).
 */
public record CaseDeadlineView(
        long id,
        String applicationId,
        String rule,
        String basis,
        String legalStatus,
        boolean unconfirmed,
        String explanation,
        LocalDate dueDate,
        String anchor,
        Instant anchorAt,
        String status,
        Instant metAt,
        String closedBy,
        List<String> caveats) {

    public static CaseDeadlineView of(CaseDeadline d, LocalDate today, Period window) {
        return new CaseDeadlineView(
                d.id(),
                d.applicationId(),
                d.rule(),
                d.basis(),
                d.legalStatus(),
                d.unconfirmed(),
                d.explanation(),
                d.dueDate(),
                d.anchor(),
                d.anchorAt(),
                d.status(today, window).name(),
                d.metAt(),
                d.closedBy(),
                d.caveats());
    }
}
