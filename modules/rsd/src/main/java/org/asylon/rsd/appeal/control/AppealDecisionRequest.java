package org.asylon.rsd.appeal.control;

import org.asylon.rsd.appeal.entity.AppealResult;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.InadmissibilityGround;

/** The appeal body's decision; the new outcome and its basis only with OVERTURN. */
public record AppealDecisionRequest(
        AppealResult result,
        Outcome newOutcome,
        String legalBasis,
        InadmissibilityGround inadmissibilityGround,
        String country,
        String reasons) {}
