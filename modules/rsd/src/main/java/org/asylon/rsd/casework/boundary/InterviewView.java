package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import org.asylon.rsd.casework.entity.Interview;

/** An interview's appointment and people; no RSD content (that is the record's). */
public record InterviewView(String id, String applicationId, Instant startsAt, Instant endsAt, String location,
        String interviewerId, String interpreterId, String language, boolean sameGenderInterviewer,
        boolean sameGenderInterpreter, String requestedGender, String genderConfirmedBy, String status,
        String changeReason, String scheduledBy, Instant scheduledAt, String changedBy, Instant changedAt,
        long version) {

    public static InterviewView of(Interview i) {
        return new InterviewView(i.id(), i.applicationId(), i.startsAt(), i.endsAt(), i.location(), i.interviewerId(),
                i.interpreterId(), i.language(), i.sameGenderInterviewer(), i.sameGenderInterpreter(),
                i.requestedGender() == null ? null : i.requestedGender().name(), i.genderConfirmedBy(),
                i.status().name(), i.changeReason(), i.scheduledBy(), i.scheduledAt(), i.changedBy(), i.changedAt(),
                i.version());
    }
}
