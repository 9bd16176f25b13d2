package org.asylon.returns.avrr.entity;

/** Where an AVRR referral stands. */
public enum ReferralStatus {
    /** Referred; counselling and preparation of the departure. */
    ACTIVE,
    /** The departure was confirmed; the partner reports on arrival and reintegration. */
    DEPARTED,
    /** The person withdrew consent: the shared fields are erased and nothing more is recorded. */
    CONSENT_WITHDRAWN,
    /**
     * The return case ended another way (protection granted, an alternative outcome, a removal):
     * the shared fields are erased and nothing more is recorded.
     */
    CASE_ENDED
}
