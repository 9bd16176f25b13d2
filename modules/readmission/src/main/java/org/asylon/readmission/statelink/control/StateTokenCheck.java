package org.asylon.readmission.statelink.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The checks a verified token must pass against the call it came with, beyond its signature. Pure:
 * the answer is the reason for refusal, in words the partner's liaison officer can act on, or
 * empty.
 */
public final class StateTokenCheck {

    /** How far the two states' clocks may disagree. */
    public static final Duration SKEW = Duration.ofMinutes(2);

    /** The longest a token may live: long enough for one call, short enough to make replay hard. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);

    private StateTokenCheck() {}

    public static Optional<String> refusal(
            StateToken t, String ownCountry, String method, String path, Instant now) {
        if (t.issuer() == null
                || t.audience() == null
                || t.tokenId() == null
                || t.messageId() == null
                || t.method() == null
                || t.path() == null
                || t.bodyHash() == null) {
            return Optional.of(
                    "The token lacks a claim (iss, aud, jti, mid, htm, htu and bsh are required).");
        }
        if (!t.audience().equals(ownCountry)) {
            return Optional.of(
                    "The token is addressed to " + t.audience() + ", not to " + ownCountry + ".");
        }
        if (t.expiresAt().isBefore(now.minus(SKEW))) {
            return Optional.of("The token has expired: sign every call afresh.");
        }
        if (t.issuedAt().isAfter(now.plus(SKEW))) {
            return Optional.of(
                    "The token is issued in the future: check the sending system's clock.");
        }
        if (Duration.between(t.issuedAt(), t.expiresAt()).compareTo(LIFETIME) > 0
                || !t.expiresAt().isAfter(t.issuedAt())) {
            return Optional.of(
                    "The token must expire within "
                            + LIFETIME.toMinutes()
                            + " minutes of its issue.");
        }
        if (!t.method().equalsIgnoreCase(method) || !t.path().equals(path)) {
            return Optional.of(
                    "The token was signed for "
                            + t.method()
                            + " "
                            + t.path()
                            + ", not for this call.");
        }
        return Optional.empty();
    }
}
