package org.asylon.rsd.deadline.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the sweep: open deadlines due by {@code until} (overdue ones included), by due date.
 * {@code nextAfter} is the value of {@code after} for the next page; absent on the last one.
 */
public record DueDeadlines(
        String within,
        LocalDate today,
        LocalDate until,
        List<CaseDeadlineView> items,
        Long nextAfter) {}
