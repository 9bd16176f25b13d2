package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.FileHolder;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewContent;
import org.asylon.rsd.casework.entity.InterviewRecord;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.casework.entity.Interviewer;

/**
 * Interview records (RSD content). Written by the officer assigned to the file, a supervisor or the
 * interviewer booked for the interview (who reads that record too); the first write marks the
 * interview held and publishes that it was (no content). The record starts on the day the interview
 * is booked for ({@link InterviewRules#requireHeldOnBookedDay}). Every read goes through {@link
 * CaseAccess}, which audits it.
 */
@ApplicationScoped
@Transactional
public class InterviewRecords {

    static final String WHAT = "interview";

    private EntityManager em;
    private InterviewScheduler scheduler;
    private CaseAccess access;
    private CaseworkEvents events;
    private ActiveProfile profile;
    private AuditTrail audit;
    private Clock clock;

    protected InterviewRecords() {
        // for CDI's client proxy
    }

    @Inject
    public InterviewRecords(
            EntityManager em,
            InterviewScheduler scheduler,
            CaseAccess access,
            CaseworkEvents events,
            ActiveProfile profile,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.scheduler = scheduler;
        this.access = access;
        this.events = events;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
    }

    public InterviewRecord record(
            String applicationId, String interviewId, RecordInput input, Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        Interview interview = scheduler.find(applicationId, interviewId);
        CaseWriters.requireWriter(a, caller, "interview record", interviewer(interview));
        InterviewRules.requireInterviewStage(a);
        if (find(interviewId) != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Interview "
                            + interviewId
                            + " already has a record: "
                            + "change it with PUT and If-Match.");
        }
        interview.held();
        InterviewRecord record = new InterviewRecord(interview, caller.name(), Instant.now(clock));
        write(record, interview, input);
        em.persist(record);
        em.flush();
        events.held(a, interview, record);
        audit.record(
                caller.name(),
                "rsd.interview.recorded",
                "asylum-application",
                a.id(),
                "interview " + interviewId);
        return record;
    }

    public InterviewRecord update(
            String applicationId,
            String interviewId,
            String ifMatch,
            RecordInput input,
            Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        Interview interview = scheduler.find(applicationId, interviewId);
        CaseWriters.requireWriter(a, caller, "interview record", interviewer(interview));
        InterviewRules.requireInterviewStage(a);
        InterviewRecord record = existing(interviewId);
        Versions.requireMatch(ifMatch, record.version());
        write(record, interview, input);
        record.updated(caller.name(), Instant.now(clock));
        em.flush();
        audit.record(
                caller.name(),
                "rsd.interview.updated",
                "asylum-application",
                a.id(),
                "interview " + interviewId);
        return record;
    }

    /**
     * Reads the record: the caller must hold the file, or be the interviewer booked for this
     * interview (who wrote it); the read is audited with the capacity.
     */
    public InterviewRecord read(String applicationId, String interviewId, Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        Interview interview = scheduler.find(applicationId, interviewId);
        if (CaseAccess.holder(a, caller).isEmpty()
                && CaseWriters.isBookedInterviewer(caller, interviewer(interview))) {
            access.requireContentAs(a, caller, WHAT, FileHolder.INTERVIEWER);
        } else {
            access.requireContent(a, caller, WHAT);
        }
        return existing(interviewId);
    }

    /** The user name of the interviewer booked for the interview. */
    private String interviewer(Interview interview) {
        Interviewer booked = em.find(Interviewer.class, interview.interviewerId());
        return booked == null ? null : booked.userName();
    }

    /**
     * The material fact ids of every interview record of the application (what an assessment may
     * refer to).
     */
    public List<String> facts(String applicationId) {
        return em.createQuery(
                        "SELECT r FROM InterviewRecord r WHERE r.applicationId = :a ORDER BY r.startedAt, r.id",
                        InterviewRecord.class)
                .setParameter("a", applicationId)
                .getResultStream()
                .flatMap(r -> r.content().factIds().stream())
                .distinct()
                .toList();
    }

    private void write(InterviewRecord record, Interview interview, RecordInput input) {
        if (input.startedAt() == null) {
            throw ProblemException.invalidField("startedAt", "is required");
        }
        if (input.endedAt() == null) {
            throw ProblemException.invalidField("endedAt", "is required");
        }
        InterviewRules.requireHeldOnBookedDay(interview, input.startedAt(), zone());
        String interpreter =
                input.noInterpreter()
                        ? null
                        : input.interpreterId() == null
                                ? interview.interpreterId()
                                : registered(input.interpreterId()).id();
        record.write(
                interpreter,
                interview.language(),
                input.startedAt(),
                input.endedAt(),
                input.readBackConfirmed(),
                input.content() == null
                        ? new InterviewContent(null, null, null, null)
                        : input.content(),
                Instant.now(clock));
    }

    /**
     * The time zone of the active profile's calendar, in which the booked day is read (as on the
     * notice).
     */
    ZoneId zone() {
        return profile.profile().calendar().zone();
    }

    private Interpreter registered(String id) {
        Interpreter interpreter = em.find(Interpreter.class, id);
        if (interpreter == null) {
            throw ProblemException.invalidField(
                    "interpreterId", "no interpreter " + id + " in the registry");
        }
        return interpreter;
    }

    private InterviewRecord find(String interviewId) {
        return em.createQuery(
                        "SELECT r FROM InterviewRecord r WHERE r.interviewId = :i",
                        InterviewRecord.class)
                .setParameter("i", interviewId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private InterviewRecord existing(String interviewId) {
        InterviewRecord record = find(interviewId);
        if (record == null) {
            throw ProblemException.notFound("record of interview", interviewId);
        }
        return record;
    }
}
