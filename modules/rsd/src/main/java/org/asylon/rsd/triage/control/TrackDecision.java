package org.asylon.rsd.triage.control;

import java.util.List;

/**
 * The outcome of triage: the track, the profile rule and ground that triggered it (rule {@code
 * asylum.procedure.tracks} and no ground for the default track), and why, in words an officer can
 * check, including tracks that were passed over because the applicant is excluded from them.
 */
public record TrackDecision(
        String track, String rule, String ground, String explanation, List<String> passedOver) {

    public TrackDecision {
        passedOver = List.copyOf(passedOver);
    }
}
