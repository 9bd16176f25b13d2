package org.asylon.returns.decision.entity;

/** Why a return decision was withdrawn. */
public enum Withdrawal {
    /** The authority withdrew it (with written reasons), e.g. to issue a corrected decision. */
    BY_AUTHORITY,
    /**
     * An alternative migration outcome (labour, study, family reunification, humanitarian stay)
     * replaced the return.
     */
    ALTERNATIVE_OUTCOME
}
