package org.asylon.rsd.decision.entity;

/** Who took the decision the record holds. */
public enum DecisionKind {
    /**
     * The state's own determining authority decided (asylum.status-determination.authority =
     * national-asylum-authority).
     */
    DETERMINATION,
    /**
     * UNHCR decided under its mandate and the state records the outcome
     * (asylum.status-determination.authority = unhcr-mandate): the state did not examine the claim,
     * and the record says so wherever it is shown.
     */
    RECORDED_UNHCR_OUTCOME
}
