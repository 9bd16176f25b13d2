package org.asylon.returns.protection.control;

import java.util.List;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * What return holds on one person known by upstream links, with or without a return case ({@link
 * ProtectionPictures#recordsOf}).
 *
 * @param links the links given, completed from the person's cases, claims and border records
 * @param determinations latest first
 * @param seenAtTheBorder whether entry's feed registered the person (by encounter or arrival)
 * @param child a child on the day as the gate counts one: flagged unaccompanied, or under the
 *     profile's age of majority by a date of birth return holds (benefit of the doubt)
 */
public record PersonRecords(
        ReturnCase.Links links,
        List<ReturnCase> cases,
        List<RsdClaim> claims,
        List<ProtectionRequest> requests,
        List<InterimMeasure> stays,
        List<BestInterestsDetermination> determinations,
        boolean seenAtTheBorder,
        boolean child) {

    public PersonRecords {
        cases = List.copyOf(cases);
        claims = List.copyOf(claims);
        requests = List.copyOf(requests);
        stays = List.copyOf(stays);
        determinations = List.copyOf(determinations);
    }

    /** Whether any feed or record of this module knows the person. */
    public boolean known() {
        return !cases.isEmpty() || !claims.isEmpty() || !requests.isEmpty() || seenAtTheBorder;
    }
}
