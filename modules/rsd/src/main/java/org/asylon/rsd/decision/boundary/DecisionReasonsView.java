package org.asylon.rsd.decision.boundary;

import org.asylon.rsd.decision.entity.Decision;

/**
 * The decision's RSD content: the written reasons and the reviewer's comments. Read through
 * CaseAccess only.
 */
public record DecisionReasonsView(
        String decisionId,
        String applicationId,
        String outcome,
        String reasons,
        String reviewComments) {

    static DecisionReasonsView of(Decision d) {
        return new DecisionReasonsView(
                d.id(), d.applicationId(), d.outcome().name(), d.reasons(), d.reviewComments());
    }
}
