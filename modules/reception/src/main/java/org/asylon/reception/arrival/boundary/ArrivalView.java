package org.asylon.reception.arrival.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.reception.arrival.control.Companion;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;

/**
 * An arrival as the API shows it. {@code dateOfBirthEstimated} is present with a date of birth;
 * {@code protectionRequestedAt} is the suite's name for {@code asylumRequestedAt}, the time the
 * person first asked (as the border recorded it); {@code companions} only on the read of one
 * arrival.
 */
public record ArrivalView(
        String id,
        long version,
        String sourceEncounterId,
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        Boolean dateOfBirthEstimated,
        String sex,
        List<String> nationalities,
        List<String> languages,
        boolean unaccompaniedChild,
        List<String> specificNeeds,
        Instant asylumRequestedAt,
        Instant protectionRequestedAt,
        String asylumRequestedWhere,
        List<ReferralView> referrals,
        List<CompanionView> companions,
        Instant registeredAt,
        String registeredBy) {

    public record ReferralView(
            Channel channel, String reason, String decidedBy, Instant decidedAt) {}

    /**
     * Someone who arrived with the person in a boat or travel group; {@code arrivalId} once
     * received here.
     */
    public record CompanionView(
            String groupId,
            String groupKind,
            String groupLabel,
            String sourceEncounterId,
            String arrivalId) {}

    static ArrivalView of(Arrival a) {
        return of(a, null);
    }

    static ArrivalView of(Arrival a, List<Companion> companions) {
        return new ArrivalView(
                a.id(),
                a.version(),
                a.sourceEncounterId(),
                a.surname(),
                a.givenNames(),
                a.originalScriptName(),
                a.dateOfBirth(),
                a.dateOfBirth() == null ? null : a.dateOfBirthEstimated(),
                a.sex(),
                a.nationalities(),
                a.languages(),
                a.unaccompaniedChild(),
                a.specificNeeds(),
                a.asylumRequestedAt(),
                a.asylumRequestedAt(),
                a.asylumRequestedWhere(),
                a.referrals().stream()
                        .map(
                                r ->
                                        new ReferralView(
                                                r.channel(),
                                                r.reason(),
                                                r.decidedBy(),
                                                r.decidedAt()))
                        .toList(),
                companions == null
                        ? null
                        : companions.stream()
                                .map(
                                        c ->
                                                new CompanionView(
                                                        c.groupId(),
                                                        c.groupKind(),
                                                        c.groupLabel(),
                                                        c.sourceEncounterId(),
                                                        c.arrivalId()))
                                .toList(),
                a.registeredAt(),
                a.registeredBy());
    }
}
