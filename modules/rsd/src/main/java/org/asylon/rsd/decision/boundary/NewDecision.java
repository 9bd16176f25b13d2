package org.asylon.rsd.decision.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.asylon.kernel.code.CountryCode;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.InadmissibilityGround;

/**
 * A first-instance decision (or, where UNHCR decides, UNHCR's outcome to record). The rules of the
 * active profile are applied by the desk, which names the field or rule that refuses it.
 *
 * @param legalBasis for RECOGNISED_REFUGEE a code of the profile's asylum.refugee-definitions (e.g.
 *     convention-1951, oau-1969); for COMPLEMENTARY_PROTECTION a code of
 *     asylum.complementary-protection.bases
 * @param country for INADMISSIBLE: the first country of asylum or safe third country (e.g. TUR)
 * @param reasons the written reasons, required for every outcome
 */
public record NewDecision(
        Outcome outcome,
        @Size(max = 60, message = "must be a code of the profile's list (at most 60 characters)")
                String legalBasis,
        InadmissibilityGround inadmissibilityGround,
        @CountryCode String country,
        @Size(max = 200000, message = "must be at most 200000 characters") String reasons,
        @Size(max = 100, message = "must be at most 100 characters") String unhcrReference,
        LocalDate unhcrDecidedOn) {}
