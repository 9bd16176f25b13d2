package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.entity.Interview;

/**
 * An interview's appointment and people; no RSD content (that is the record's). {@code
 * languageName} is the language as people read it, "Dari (prs)".
 */
public record InterviewView(
        String id,
        String applicationId,
        Instant startsAt,
        Instant endsAt,
        String location,
        String interviewerId,
        String interpreterId,
        String language,
        String languageName,
        boolean sameGenderInterviewer,
        boolean sameGenderInterpreter,
        String requestedGender,
        String genderConfirmedBy,
        String status,
        String changeReason,
        String scheduledBy,
        Instant scheduledAt,
        String changedBy,
        Instant changedAt,
        long version) {

    public static InterviewView of(Interview i) {
        return new InterviewView(
                i.id(),
                i.applicationId(),
                i.startsAt(),
                i.endsAt(),
                i.location(),
                i.interviewerId(),
                i.interpreterId(),
                i.language(),
                Languages.label(i.language()),
                i.sameGenderInterviewer(),
                i.sameGenderInterpreter(),
                i.requestedGender() == null ? null : i.requestedGender().name(),
                i.genderConfirmedBy(),
                i.status().name(),
                i.changeReason(),
                i.scheduledBy(),
                i.scheduledAt(),
                i.changedBy(),
                i.changedAt(),
                i.version());
    }
}
