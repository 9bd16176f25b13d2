package org.asylon.rsd.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * An RSD interview booked for an application: the slot, the place, the interviewer and the
 * interpreter, and how the applicant's same-gender request was resolved. What is said in it is not
 * here but in the {@link InterviewRecord}, which only the file holders may read.
 */
@Entity
@Table(name = "interview")
public class Interview {

    @Id private String id;

    @Version private long version;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "location", nullable = false)
    private String location;

    @Column(name = "interviewer_id", nullable = false)
    private String interviewerId;

    @Column(name = "interpreter_id")
    private String interpreterId;

    /** ISO 639-3 code of the interpretation booked; null when the interview needs none. */
    @Column(name = "language")
    private String language;

    @Column(name = "same_gender_interviewer", nullable = false)
    private boolean sameGenderInterviewer;

    @Column(name = "same_gender_interpreter", nullable = false)
    private boolean sameGenderInterpreter;

    /** The gender the same-gender request was honoured with; null without a request. */
    @Enumerated(EnumType.STRING)
    @Column(name = "requested_gender")
    private Gender requestedGender;

    /**
     * Who confirmed the requested gender with the applicant, when it was not read from the recorded
     * sex.
     */
    @Column(name = "gender_confirmed_by")
    private String genderConfirmedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private InterviewStatus status;

    /** Why it was last rescheduled or cancelled. */
    @Column(name = "change_reason", length = 1000)
    private String changeReason;

    @Column(name = "scheduled_by", nullable = false)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected Interview() {}

    public Interview(
            String applicationId, Booking booking, String scheduledBy, Instant scheduledAt) {
        this.id = UUID.randomUUID().toString();
        this.applicationId = applicationId;
        this.status = InterviewStatus.SCHEDULED;
        this.scheduledBy = scheduledBy;
        this.scheduledAt = scheduledAt;
        book(booking);
    }

    /** Moves the interview to another slot, place or people; the reason is kept. */
    public void reschedule(Booking booking, String reason, String user, Instant at) {
        requireScheduled("reschedule");
        book(booking);
        changed(reason, user, at);
    }

    public void cancel(String reason, String user, Instant at) {
        requireScheduled("cancel");
        status = InterviewStatus.CANCELLED;
        changed(reason, user, at);
    }

    /** The interview took place: its record has been written. */
    public void held() {
        requireScheduled("record");
        status = InterviewStatus.HELD;
    }

    private void book(Booking booking) {
        this.startsAt = booking.slot().start();
        this.endsAt = booking.slot().end();
        this.location = booking.location();
        this.interviewerId = booking.interviewer().id();
        this.interpreterId = booking.interpreter() == null ? null : booking.interpreter().id();
        this.language = booking.language();
        this.sameGenderInterviewer = booking.need().sameGenderInterviewer();
        this.sameGenderInterpreter = booking.need().sameGenderInterpreter();
        this.requestedGender = booking.need().gender();
        this.genderConfirmedBy = booking.need().confirmedBy();
    }

    private void changed(String reason, String user, Instant at) {
        changeReason = reason;
        changedBy = user;
        changedAt = at;
    }

    private void requireScheduled(String action) {
        if (status != InterviewStatus.SCHEDULED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Cannot " + action + " interview " + id + ": it is " + status + ".");
        }
    }

    public Slot slot() {
        return new Slot(startsAt, endsAt);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String applicationId() {
        return applicationId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String location() {
        return location;
    }

    public String interviewerId() {
        return interviewerId;
    }

    public String interpreterId() {
        return interpreterId;
    }

    public String language() {
        return language;
    }

    public boolean sameGenderInterviewer() {
        return sameGenderInterviewer;
    }

    public boolean sameGenderInterpreter() {
        return sameGenderInterpreter;
    }

    public Gender requestedGender() {
        return requestedGender;
    }

    public String genderConfirmedBy() {
        return genderConfirmedBy;
    }

    public InterviewStatus status() {
        return status;
    }

    public String changeReason() {
        return changeReason;
    }

    public String scheduledBy() {
        return scheduledBy;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
