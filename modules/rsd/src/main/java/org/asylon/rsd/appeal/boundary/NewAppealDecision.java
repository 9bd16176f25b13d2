package org.asylon.rsd.appeal.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.kernel.code.CountryCode;
import org.asylon.rsd.appeal.entity.AppealResult;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.InadmissibilityGround;

/**
 * The appeal body's decision. With OVERTURN the new outcome and its basis follow the same profile
 * rules as a first-instance decision; the reasons are required for every result.
 */
public record NewAppealDecision(
        @NotNull(message = "is required: CONFIRM, OVERTURN or REMIT") AppealResult result,
        Outcome newOutcome,
        @Size(max = 60, message = "must be a code of the profile's list (at most 60 characters)")
                String legalBasis,
        InadmissibilityGround inadmissibilityGround,
        @CountryCode String country,
        @Size(max = 200000, message = "must be at most 200000 characters") String reasons) {}
