package org.asylon.rsd.decision.entity;

/**
 * Why an application is inadmissible without an examination on the merits: protection is available
 * in another country, which the decision names (issue 5, capability 4).
 */
public enum InadmissibilityGround {
    /** The applicant already has protection in a first country of asylum. */
    FIRST_COUNTRY_OF_ASYLUM,
    /** A safe third country will admit the applicant and examine the claim or protect them. */
    SAFE_THIRD_COUNTRY
}
