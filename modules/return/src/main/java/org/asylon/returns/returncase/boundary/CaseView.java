package org.asylon.returns.returncase.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.returncase.entity.ReturnCase;

/** A return case as the API shows it. */
public record CaseView(
        String id,
        long version,
        String origin,
        String openingGround,
        String originReference,
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        boolean unaccompaniedChild,
        String rsdApplicationId,
        String sourceArrivalId,
        String sourceEncounterId,
        Instant openedAt,
        String openedBy,
        boolean open,
        String closure,
        Instant closedAt,
        String closedBy) {

    public static CaseView of(ReturnCase c) {
        return new CaseView(
                c.id(),
                c.version(),
                c.origin().name(),
                c.openingGround(),
                c.originReference(),
                c.surname(),
                c.givenNames(),
                c.originalScriptName(),
                c.dateOfBirth(),
                c.sex(),
                c.nationalities(),
                c.unaccompaniedChild(),
                c.rsdApplicationId(),
                c.sourceArrivalId(),
                c.sourceEncounterId(),
                c.openedAt(),
                c.openedBy(),
                c.open(),
                c.closure() == null ? null : c.closure().name(),
                c.closedAt(),
                c.closedBy());
    }
}
