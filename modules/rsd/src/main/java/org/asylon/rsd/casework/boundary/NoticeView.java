package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.entity.InterviewNotice;

/** A notice given for an appointment; {@code languageName} as people read it, "Dari (prs)". */
public record NoticeView(
        String id,
        String interviewId,
        String applicationId,
        Instant appointmentAt,
        String language,
        String languageName,
        String delivery,
        String issuedBy,
        Instant issuedAt) {

    public static NoticeView of(InterviewNotice n) {
        return new NoticeView(
                n.id(),
                n.interviewId(),
                n.applicationId(),
                n.appointmentAt(),
                n.language(),
                Languages.label(n.language()),
                n.delivery().name(),
                n.issuedBy(),
                n.issuedAt());
    }
}
