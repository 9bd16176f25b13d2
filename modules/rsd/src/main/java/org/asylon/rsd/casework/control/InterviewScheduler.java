package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.control.CaseActors;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Booking;
import org.asylon.rsd.casework.entity.Gender;
import org.asylon.rsd.casework.entity.GenderNeed;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.casework.entity.InterviewStatus;
import org.asylon.rsd.casework.entity.Interviewer;
import org.asylon.rsd.casework.entity.Slot;

/**
 * Books, moves and cancels interviews. A booking locks the application's row, then the
 * interviewer's, then the interpreter's — always in this order, so two bookings cannot deadlock —
 * and only then looks for overlapping interviews: two officers booking the same person for the same
 * hour queue behind each other, and the second is refused.
 */
@ApplicationScoped
@Transactional
public class InterviewScheduler {

    private EntityManager em;
    private CaseworkEvents events;
    private AuditTrail audit;
    private Clock clock;

    protected InterviewScheduler() {
        // for CDI's client proxy
    }

    @Inject
    public InterviewScheduler(
            EntityManager em, CaseworkEvents events, AuditTrail audit, Clock clock) {
        this.em = em;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    public Interview schedule(String applicationId, InterviewPlan plan, Caller caller) {
        AsylumApplication a = lockApplication(applicationId);
        CaseActors.requireActor(a, caller, "book an interview for");
        String user = caller.name();
        Booking booking = book(a, plan, null, user);
        Interview interview = new Interview(a.id(), booking, user, Instant.now(clock));
        em.persist(interview);
        em.flush();
        events.scheduled(a, interview, false, plan.alreadyHeld());
        audit.record(
                user,
                plan.alreadyHeld() ? "interview.entered-after-the-fact" : "interview.scheduled",
                "interview",
                interview.id(),
                summary(a, interview));
        return interview;
    }

    public Interview reschedule(
            String applicationId,
            String interviewId,
            String ifMatch,
            InterviewPlan plan,
            String reason,
            Caller caller) {
        AsylumApplication a = lockApplication(applicationId);
        CaseActors.requireActor(a, caller, "move an interview of");
        String user = caller.name();
        Interview interview = find(applicationId, interviewId);
        Versions.requireMatch(ifMatch, interview.version());
        Booking booking = book(a, plan, interview.id(), user);
        interview.reschedule(booking, reason, user, Instant.now(clock));
        em.flush();
        events.scheduled(a, interview, true, plan.alreadyHeld());
        audit.record(
                user,
                plan.alreadyHeld()
                        ? "interview.rescheduled-after-the-fact"
                        : "interview.rescheduled",
                "interview",
                interview.id(),
                summary(a, interview) + ": " + reason);
        return interview;
    }

    /** Cancels the interview; the event says only that it was cancelled, never why. */
    public Interview cancel(
            String applicationId,
            String interviewId,
            String ifMatch,
            String reason,
            Caller caller) {
        AsylumApplication a = application(applicationId);
        CaseActors.requireActor(a, caller, "cancel an interview of");
        String user = caller.name();
        Interview interview = find(applicationId, interviewId);
        Versions.requireMatch(ifMatch, interview.version());
        interview.cancel(reason, user, Instant.now(clock));
        em.flush();
        events.cancelled(a, interview);
        audit.record(
                user,
                "interview.cancelled",
                "interview",
                interview.id(),
                "application " + applicationId + ": " + reason);
        return interview;
    }

    /**
     * Who is free and fits at {@code at} for {@code minutes}; audited as a read of the registry.
     */
    public InterviewOptions options(
            String applicationId, Instant at, int minutes, Gender confirmedGender, String user) {
        AsylumApplication a = application(applicationId);
        InterviewRules.requireInterviewStage(a);
        GenderNeed need = InterviewRules.genderNeed(a, confirmedGender, user);
        Slot slot = Slot.of(at, minutes);
        String language = a.interpreter() == null ? null : a.interpreter().language();
        Set<String> busyInterviewers = busy("interviewerId", slot);
        Set<String> busyInterpreters = busy("interpreterId", slot);
        Selection.Narrowing<Interpreter> interpreters = null;
        if (language != null) {
            interpreters =
                    new Selection.Narrowing<>(
                                    em.createQuery(
                                                    "SELECT i FROM Interpreter i ORDER BY i.name, i.id",
                                                    Interpreter.class)
                                            .getResultList())
                            .by(Selection.Constraint.ACTIVE, Interpreter::active)
                            .by(Selection.Constraint.LANGUAGE, i -> i.speaks(language));
            if (need.sameGenderInterpreter()) {
                interpreters.by(Selection.Constraint.SAME_GENDER, i -> i.gender() == need.gender());
            }
            interpreters.by(
                    Selection.Constraint.AVAILABILITY, i -> !busyInterpreters.contains(i.id()));
        }
        boolean interpreterFree = interpreters != null && !interpreters.left().isEmpty();
        Selection.Narrowing<Interviewer> interviewers =
                new Selection.Narrowing<>(
                                em.createQuery(
                                                "SELECT i FROM Interviewer i ORDER BY i.userName",
                                                Interviewer.class)
                                        .getResultList())
                        .by(Selection.Constraint.ACTIVE, Interviewer::active);
        if (need.sameGenderInterviewer()) {
            interviewers.by(Selection.Constraint.SAME_GENDER, i -> i.gender() == need.gender());
        }
        if (language != null) {
            interviewers.by(
                    Selection.Constraint.LANGUAGE, i -> interpreterFree || i.speaks(language));
        }
        interviewers.by(Selection.Constraint.AVAILABILITY, i -> !busyInterviewers.contains(i.id()));
        audit.record(
                user,
                "interview.options-read",
                "asylum-application",
                a.id(),
                slot.start() + " " + minutes + " min");
        return new InterviewOptions(
                slot,
                language,
                need,
                interviewers.left(),
                interviewers.selection(),
                interpreters == null ? List.of() : interpreters.left(),
                interpreters == null ? null : interpreters.selection());
    }

    public Interview find(String applicationId, String interviewId) {
        Interview interview = em.find(Interview.class, interviewId);
        if (interview == null || !interview.applicationId().equals(applicationId)) {
            throw ProblemException.notFound(
                    "interview of application " + applicationId, interviewId);
        }
        return interview;
    }

    public List<Interview> of(String applicationId) {
        return em.createQuery(
                        "SELECT i FROM Interview i WHERE i.applicationId = :a ORDER BY i.startsAt, i.id",
                        Interview.class)
                .setParameter("a", applicationId)
                .getResultList();
    }

    public AsylumApplication application(String id) {
        AsylumApplication a = em.find(AsylumApplication.class, id);
        if (a == null) {
            throw ProblemException.notFound("application", id);
        }
        return a;
    }

    private Booking book(AsylumApplication a, InterviewPlan plan, String except, String user) {
        InterviewRules.requireInterviewStage(a);
        if (plan.at() == null) {
            throw ProblemException.invalidField("at", "is required");
        }
        Slot slot = Slot.of(plan.at(), plan.durationMinutes());
        InterviewRules.requireBookableTime(slot, plan.alreadyHeld(), Instant.now(clock));
        GenderNeed need = InterviewRules.genderNeed(a, plan.confirmedGender(), user);
        Interviewer interviewer = lockInterviewer(plan.interviewer());
        Interpreter interpreter =
                plan.interpreterId() == null ? null : lockInterpreter(plan.interpreterId());
        Booking booking =
                new Booking(
                        slot,
                        plan.location(),
                        interviewer,
                        interpreter,
                        a.interpreter() == null ? null : a.interpreter().language(),
                        need);
        InterviewRules.requireFit(booking);
        InterviewRules.requireFree(
                "interviewer " + interviewer.userName(),
                slot,
                taken("interviewerId", interviewer.id(), slot, except));
        if (interpreter != null) {
            InterviewRules.requireFree(
                    "interpreter " + interpreter.name(),
                    slot,
                    taken("interpreterId", interpreter.id(), slot, except));
        }
        InterviewRules.requireFree(
                "the applicant", slot, taken("applicationId", a.id(), slot, except));
        return booking;
    }

    /**
     * The slots of interviews not cancelled that overlap {@code slot} for the person in {@code
     * field}.
     */
    private List<Slot> taken(String field, String id, Slot slot, String except) {
        return em.createQuery(
                        "SELECT i FROM Interview i WHERE i."
                                + field
                                + " = :id AND i.status <> :cancelled "
                                + "AND i.startsAt < :end AND i.endsAt > :start",
                        Interview.class)
                .setParameter("id", id)
                .setParameter("cancelled", InterviewStatus.CANCELLED)
                .setParameter("start", slot.start())
                .setParameter("end", slot.end())
                .getResultStream()
                .filter(i -> !i.id().equals(except))
                .map(Interview::slot)
                .toList();
    }

    private Set<String> busy(String field, Slot slot) {
        return new HashSet<>(
                em.createQuery(
                                "SELECT i."
                                        + field
                                        + " FROM Interview i WHERE i."
                                        + field
                                        + " IS NOT NULL "
                                        + "AND i.status <> :cancelled AND i.startsAt < :end AND i.endsAt > :start",
                                String.class)
                        .setParameter("cancelled", InterviewStatus.CANCELLED)
                        .setParameter("start", slot.start())
                        .setParameter("end", slot.end())
                        .getResultList());
    }

    private AsylumApplication lockApplication(String id) {
        AsylumApplication a = em.find(AsylumApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw ProblemException.notFound("application", id);
        }
        return a;
    }

    private Interviewer lockInterviewer(String userName) {
        if (userName == null || userName.isBlank()) {
            throw ProblemException.invalidField(
                    "interviewer", "is required: the user name of a registered interviewer");
        }
        Interviewer interviewer =
                em.createQuery(
                                "SELECT i FROM Interviewer i WHERE i.userName = :name",
                                Interviewer.class)
                        .setParameter("name", userName)
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (interviewer == null) {
            throw ProblemException.invalidField(
                    "interviewer", "no interviewer '" + userName + "' in the registry");
        }
        return interviewer;
    }

    private Interpreter lockInterpreter(String id) {
        Interpreter interpreter = em.find(Interpreter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (interpreter == null) {
            throw ProblemException.invalidField(
                    "interpreterId", "no interpreter " + id + " in the registry");
        }
        return interpreter;
    }

    private static String summary(AsylumApplication a, Interview i) {
        return "application "
                + a.id()
                + ", "
                + i.startsAt()
                + "–"
                + i.endsAt()
                + ", interviewer "
                + i.interviewerId()
                + (i.interpreterId() == null ? "" : ", interpreter " + i.interpreterId());
    }
}
