package org.asylon.returns.protection.control;

import java.time.Instant;
import java.util.List;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;

/** Everything return holds on a case's person's protection, read at {@code at}. */
public record ProtectionFile(
        String caseId,
        boolean rsdFollowed,
        boolean child,
        List<RsdClaim> claims,
        List<ProtectionRequest> requests,
        List<InterimMeasure> stays,
        List<BestInterestsDetermination> determinations,
        List<String> fearedCountries,
        Instant at) {}
