package org.asylon.rsd.application.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.TrackAssignment;

/**
 * The case summary: who, where the claim stands, which track and why, who holds the file. It
 * carries no RSD content (nothing said in an interview, no finding, no reasons).
 */
public record ApplicationView(
        String id,
        String sourceArrivalId,
        String principalId,
        String relationship,
        boolean ownClaim,
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        List<String> languages,
        Interpreter interpreter,
        boolean unaccompaniedChild,
        boolean specialProceduralNeeds,
        List<String> vulnerabilities,
        boolean priority,
        String stage,
        boolean claimPending,
        Instant madeAt,
        String madeWhere,
        Instant registeredAt,
        Instant lodgedAt,
        Track track,
        String assignedOfficer,
        String reviewer,
        String appealOfficer,
        String representative,
        String outcome,
        String earlierApplicationId,
        Instant reopenedAt,
        long version) {

    public record Interpreter(
            String language, boolean sameGenderInterviewer, boolean sameGenderInterpreter) {}

    /**
     * The track and the rule (or the officer's override) that put the application there. {@code
     * reason} is the rule's explanation; an officer's written reasons for an override are RSD
     * content, read by the file holders in the track history, never in the summary.
     */
    public record Track(
            String code,
            String rule,
            String ground,
            String reason,
            String setBy,
            boolean overridden) {

        static Track of(TrackAssignment t) {
            return t == null
                    ? null
                    : new Track(
                            t.track(),
                            t.rule(),
                            t.ground(),
                            t.overridden() ? null : t.reason(),
                            t.setBy(),
                            t.overridden());
        }
    }

    public static ApplicationView of(AsylumApplication a) {
        var p = a.person();
        var i = a.interpreter();
        return new ApplicationView(
                a.id(),
                a.sourceArrivalId(),
                a.principalId(),
                a.relationship() == null ? null : a.relationship().name(),
                a.ownClaim(),
                p.surname(),
                p.givenNames(),
                p.originalScriptName(),
                p.dateOfBirth(),
                p.sex(),
                p.nationalities(),
                p.languages(),
                new Interpreter(i.language(), i.sameGenderInterviewer(), i.sameGenderInterpreter()),
                a.unaccompaniedChild(),
                a.specialProceduralNeeds(),
                a.vulnerabilities(),
                a.priority(),
                a.stage().name(),
                a.stage().pending(),
                a.madeAt(),
                a.madeWhere().name(),
                a.registeredAt(),
                a.lodgedAt(),
                Track.of(a.track()),
                a.assignedOfficer(),
                a.reviewer(),
                a.appealOfficer(),
                a.representative(),
                a.outcome() == null ? null : a.outcome().name(),
                a.earlierApplicationId(),
                a.reopenedAt(),
                a.version());
    }
}
