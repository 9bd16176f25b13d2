package org.asylon.rsd.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;

/**
 * The record of an RSD interview (RSD content): material facts, the applicant's statements on each,
 * the documents submitted, who interpreted, when it started and ended, and whether the applicant
 * confirmed the record when it was read back. Only the file holders may read it (CaseAccess).
 */
@Entity
@Table(name = "interview_record")
public class InterviewRecord {

    @Id private String id;

    @Version private long version;

    @Column(name = "interview_id", nullable = false, unique = true)
    private String interviewId;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    /** The interpreter who actually interpreted (may differ from the one booked); null if none. */
    @Column(name = "interpreter_id")
    private String interpreterId;

    @Column(name = "language")
    private String language;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at", nullable = false)
    private Instant endedAt;

    /** Null until the record has been read back to the applicant. */
    @Column(name = "read_back_confirmed")
    private Boolean readBackConfirmed;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InterviewRecord() {}

    public InterviewRecord(Interview interview, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.interviewId = interview.id();
        this.applicationId = interview.applicationId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Writes the whole record; {@code now} bounds the times (an interview cannot end in the
     * future).
     */
    public void write(
            String interpreter,
            String interpretedLanguage,
            Instant started,
            Instant ended,
            Boolean confirmed,
            InterviewContent what,
            Instant now) {
        if (!ended.isAfter(started)) {
            throw ProblemException.invalidField("endedAt", "must be after startedAt");
        }
        if (ended.isAfter(now)) {
            throw ProblemException.invalidField("endedAt", "is in the future");
        }
        this.interpreterId = interpreter;
        this.language = interpretedLanguage;
        this.startedAt = started;
        this.endedAt = ended;
        this.readBackConfirmed = confirmed;
        this.content = Content.write(what.checked());
    }

    public void updated(String user, Instant at) {
        updatedBy = user;
        updatedAt = at;
    }

    public InterviewContent content() {
        return Content.read(content, InterviewContent.class);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String interviewId() {
        return interviewId;
    }

    public String applicationId() {
        return applicationId;
    }

    public String interpreterId() {
        return interpreterId;
    }

    public String language() {
        return language;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public Boolean readBackConfirmed() {
        return readBackConfirmed;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
