package org.asylon.rsd.decision.control;

import java.time.LocalDate;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.InadmissibilityGround;

/**
 * What an officer proposes to decide (or to record of UNHCR's decision), before the profile's rules
 * are applied by {@link DecisionRules#check}.
 *
 * @param legalBasis a code of asylum.refugee-definitions (recognition) or
 *     asylum.complementary-protection.bases
 * @param country for INADMISSIBLE: the first country of asylum or safe third country
 */
public record Proposal(
        Outcome outcome,
        String legalBasis,
        InadmissibilityGround inadmissibilityGround,
        String country,
        String reasons,
        String unhcrReference,
        LocalDate unhcrDecidedOn) {}
