package org.asylon.detention.person.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;

/** A person as the API shows them; {@code handover} only for people the border handed over. */
public record PersonView(
        String id,
        long version,
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        boolean child,
        String sourceEncounterId,
        String sourceArrivalId,
        String rsdApplicationId,
        ProtectionView protection,
        HandoverView handover,
        Instant registeredAt,
        String registeredBy) {

    public record ProtectionView(ProtectionState state, String source, Instant at) {}

    public record HandoverView(Handover status, Instant handedOverAt, Instant changedAt) {}

    public static PersonView of(DetainedPerson p) {
        return new PersonView(
                p.id(),
                p.version(),
                p.surname(),
                p.givenNames(),
                p.originalScriptName(),
                p.dateOfBirth(),
                p.sex(),
                p.nationalities(),
                p.child(),
                p.sourceEncounterId(),
                p.sourceArrivalId(),
                p.rsdApplicationId(),
                new ProtectionView(p.protection(), p.protectionSource(), p.protectionAt()),
                p.handover() == null
                        ? null
                        : new HandoverView(p.handover(), p.handedOverAt(), p.handoverChangedAt()),
                p.registeredAt(),
                p.registeredBy());
    }
}
