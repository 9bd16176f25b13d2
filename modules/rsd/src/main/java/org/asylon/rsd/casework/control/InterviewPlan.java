package org.asylon.rsd.casework.control;

import java.time.Instant;
import org.asylon.rsd.casework.entity.Gender;

/**
 * What the officer asks to book: when, for how long, where, with whom (the interviewer's user name,
 * the interpreter's registry id), and — where the applicant's recorded sex does not say it — the
 * gender the applicant confirmed for their same-gender request. {@code alreadyHeld} enters an
 * interview that took place before it was entered, at its past time.
 */
public record InterviewPlan(
        Instant at,
        int durationMinutes,
        String location,
        String interviewer,
        String interpreterId,
        Gender confirmedGender,
        boolean alreadyHeld) {

    /** A booking ahead. */
    public InterviewPlan(
            Instant at,
            int durationMinutes,
            String location,
            String interviewer,
            String interpreterId,
            Gender confirmedGender) {
        this(at, durationMinutes, location, interviewer, interpreterId, confirmedGender, false);
    }
}
