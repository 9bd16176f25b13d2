package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.entity.InterviewContent;
import org.asylon.rsd.casework.entity.InterviewRecord;
import org.asylon.rsd.casework.entity.MaterialFact;
import org.asylon.rsd.casework.entity.Statement;
import org.asylon.rsd.casework.entity.SubmittedDocument;

/**
 * An interview record (RSD content): only ever sent to a file holder. {@code languageName}: "Dari
 * (prs)".
 */
public record InterviewRecordView(
        String id,
        String interviewId,
        String applicationId,
        String interpreterId,
        String language,
        String languageName,
        Instant startedAt,
        Instant endedAt,
        Boolean readBackConfirmed,
        List<MaterialFact> materialFacts,
        List<Statement> statements,
        List<SubmittedDocument> documents,
        String readBackComments,
        String recordedBy,
        Instant recordedAt,
        String updatedBy,
        Instant updatedAt,
        long version) {

    public static InterviewRecordView of(InterviewRecord r) {
        InterviewContent c = r.content();
        return new InterviewRecordView(
                r.id(),
                r.interviewId(),
                r.applicationId(),
                r.interpreterId(),
                r.language(),
                Languages.label(r.language()),
                r.startedAt(),
                r.endedAt(),
                r.readBackConfirmed(),
                c.materialFacts(),
                c.statements(),
                c.documents(),
                c.readBackComments(),
                r.recordedBy(),
                r.recordedAt(),
                r.updatedBy(),
                r.updatedAt(),
                r.version());
    }
}
