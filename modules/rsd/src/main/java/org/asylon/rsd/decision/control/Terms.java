package org.asylon.rsd.decision.control;

import java.time.LocalDate;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.InadmissibilityGround;
import org.asylon.rsd.decision.entity.LegalBasis;

/** A proposal the profile allows, with the legal basis resolved to the profile's item. */
public record Terms(
        DecisionKind kind,
        Outcome outcome,
        LegalBasis legalBasis,
        InadmissibilityGround inadmissibilityGround,
        String country,
        String reasons,
        String unhcrReference,
        LocalDate unhcrDecidedOn) {}
