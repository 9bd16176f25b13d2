package org.asylon.returns.decision.entity;

/** Why the decision names its country of return. */
public enum CountryBasis {
    /** A country of the person's nationality. */
    NATIONALITY,
    /** The country of the person's habitual residence (a stateless person's, for example). */
    HABITUAL_RESIDENCE,
    /** A country the person passed through: only as the profile's return.country.transit allows. */
    TRANSIT
}
