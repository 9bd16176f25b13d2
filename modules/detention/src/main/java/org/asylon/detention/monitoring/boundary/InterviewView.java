package org.asylon.detention.monitoring.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.monitoring.control.Interviews;
import org.asylon.detention.monitoring.entity.Interview;
import org.asylon.detention.monitoring.entity.IntervieweeRole;

/** A private interview as monitors (and only they) see it, with its amendments. */
public record InterviewView(
        String id,
        String visitId,
        String personId,
        IntervieweeRole intervieweeRole,
        String interpreterLanguage,
        boolean withoutWitnesses,
        String content,
        Instant recordedAt,
        String recordedBy,
        List<AmendmentView> amendments) {

    static InterviewView of(Interviews.Filed filed) {
        Interview i = filed.interview();
        return new InterviewView(
                i.id(),
                i.visitId(),
                i.personId(),
                i.intervieweeRole(),
                i.interpreterLanguage(),
                i.withoutWitnesses(),
                i.content(),
                i.recordedAt(),
                i.recordedBy(),
                AmendmentView.of(filed.amendments()));
    }
}
