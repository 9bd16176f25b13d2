package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.kernel.json.Jsons;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewRecord;

/**
 * The case-work events. They say when an interview is due, that it was cancelled and that it was
 * held — no place, no interviewer or interpreter, no reason, nothing said in it: a module that
 * needs to bring the applicant (reception, detention) learns when (and that it need not), and asks
 * the RSD office for the rest.
 */
@ApplicationScoped
public class CaseworkEvents {

    public static final String INTERVIEW_SCHEDULED = "org.asylon.rsd.interview-scheduled.v1";
    public static final String INTERVIEW_HELD = "org.asylon.rsd.interview-held.v1";
    public static final String INTERVIEW_CANCELLED = "org.asylon.rsd.interview-cancelled.v1";

    private RsdEvents events;

    protected CaseworkEvents() {
        // for CDI's client proxy
    }

    @Inject
    public CaseworkEvents(RsdEvents events) {
        this.events = events;
    }

    /**
     * A new interview, or a new time for one already announced ({@code rescheduled}); {@code
     * afterTheFact} when it took place before it was entered, so that nobody sets out to bring the
     * applicant to it.
     */
    public void scheduled(
            AsylumApplication a, Interview interview, boolean rescheduled, boolean afterTheFact) {
        events.publish(
                INTERVIEW_SCHEDULED,
                a,
                Jsons.object()
                        .add("interviewId", interview.id())
                        .add("startsAt", interview.startsAt().toString())
                        .add("endsAt", interview.endsAt().toString())
                        .add("rescheduled", rescheduled)
                        .add("enteredAfterTheFact", afterTheFact));
    }

    /** The interview will not take place; the reason stays with the interview. */
    public void cancelled(AsylumApplication a, Interview interview) {
        events.publish(
                INTERVIEW_CANCELLED,
                a,
                Jsons.object()
                        .add("interviewId", interview.id())
                        .add("cancelledAt", interview.changedAt().toString()));
    }

    public void held(AsylumApplication a, Interview interview, InterviewRecord record) {
        events.publish(
                INTERVIEW_HELD,
                a,
                Jsons.object()
                        .add("interviewId", interview.id())
                        .add("heldAt", record.startedAt().toString()));
    }
}
