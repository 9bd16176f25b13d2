package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewRecord;

/**
 * The two case-work events. They say when an interview is due and that it was held — no place, no
 * interviewer or interpreter, nothing said in it: a module that needs to bring the applicant (reception,
 * detention) learns when, and asks the RSD office for the rest. Cancellations publish nothing.
 */
@ApplicationScoped
public class CaseworkEvents {

    public static final String INTERVIEW_SCHEDULED = "org.asylon.rsd.interview-scheduled.v1";
    public static final String INTERVIEW_HELD = "org.asylon.rsd.interview-held.v1";

    @Inject
    RsdEvents events;

    /** A new interview, or a new time for one already announced ({@code rescheduled}). */
    public void scheduled(AsylumApplication a, Interview interview, boolean rescheduled) {
        events.publish(INTERVIEW_SCHEDULED, a, Json.createObjectBuilder()
                .add("interviewId", interview.id())
                .add("startsAt", interview.startsAt().toString())
                .add("endsAt", interview.endsAt().toString())
                .add("rescheduled", rescheduled));
    }

    public void held(AsylumApplication a, Interview interview, InterviewRecord record) {
        events.publish(INTERVIEW_HELD, a, Json.createObjectBuilder()
                .add("interviewId", interview.id())
                .add("heldAt", record.startedAt().toString()));
    }
}
