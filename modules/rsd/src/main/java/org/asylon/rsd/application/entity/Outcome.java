package org.asylon.rsd.application.entity;

/**
 * The outcome of a decision on a claim (first instance or appeal). The reasons behind it are RSD
 * content and stay in the module; the outcome itself is what other modules need.
 */
public enum Outcome {
    /**
     * Recognised refugee; the decision names the definition applied (1951 Convention, OAU,
     * Cartagena, mandate).
     */
    RECOGNISED_REFUGEE,
    COMPLEMENTARY_PROTECTION,
    REJECTED,
    MANIFESTLY_UNFOUNDED,
    /**
     * Inadmissible, e.g. first country of asylum or safe third country; the decision names the
     * country.
     */
    INADMISSIBLE,
    WITHDRAWN,
    IMPLICITLY_WITHDRAWN;

    /** The person is in need of international protection: never to be returned. */
    public boolean protects() {
        return this == RECOGNISED_REFUGEE || this == COMPLEMENTARY_PROTECTION;
    }
}
