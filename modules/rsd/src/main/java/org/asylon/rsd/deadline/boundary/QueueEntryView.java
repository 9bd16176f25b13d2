package org.asylon.rsd.deadline.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.deadline.control.Caseload;

/**
 * A line of the caseload queue: who, where the case stands, and its nearest open deadline. No RSD
 * content.
 */
public record QueueEntryView(
        String applicationId,
        String surname,
        String givenNames,
        List<String> nationalities,
        String stage,
        String track,
        boolean priority,
        boolean unaccompaniedChild,
        boolean specialProceduralNeeds,
        String assignedOfficer,
        Instant madeAt,
        CaseDeadlineView nextDeadline) {

    static QueueEntryView of(Caseload.Entry e, LocalDate today, Period window) {
        AsylumApplication a = e.application();
        return new QueueEntryView(
                a.id(),
                a.person().surname(),
                a.person().givenNames(),
                a.person().nationalities(),
                a.stage().name(),
                a.track() == null ? null : a.track().track(),
                a.priority(),
                a.unaccompaniedChild(),
                a.specialProceduralNeeds(),
                a.assignedOfficer(),
                a.madeAt(),
                e.next() == null ? null : CaseDeadlineView.of(e.next(), today, window));
    }
}
