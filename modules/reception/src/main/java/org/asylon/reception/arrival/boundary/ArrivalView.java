package org.asylon.reception.arrival.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.reception.arrival.entity.Arrival;
import org.asylon.reception.arrival.entity.Channel;

/** An arrival as the API shows it. */
public record ArrivalView(String id, long version, String sourceEncounterId, String surname, String givenNames,
        String originalScriptName, String dateOfBirth, String sex, List<String> nationalities, List<String> languages,
        boolean unaccompaniedChild, List<String> specificNeeds, Instant asylumRequestedAt, String asylumRequestedWhere,
        List<ReferralView> referrals, Instant registeredAt, String registeredBy) {

    public record ReferralView(Channel channel, String reason, String decidedBy, Instant decidedAt) {
    }

    static ArrivalView of(Arrival a) {
        return new ArrivalView(a.id(), a.version(), a.sourceEncounterId(), a.surname(), a.givenNames(),
                a.originalScriptName(), a.dateOfBirth(), a.sex(), a.nationalities(), a.languages(), a.unaccompaniedChild(),
                a.specificNeeds(), a.asylumRequestedAt(), a.asylumRequestedWhere(),
                a.referrals().stream().map(r -> new ReferralView(r.channel(), r.reason(), r.decidedBy(), r.decidedAt()))
                        .toList(), a.registeredAt(), a.registeredBy());
    }
}
