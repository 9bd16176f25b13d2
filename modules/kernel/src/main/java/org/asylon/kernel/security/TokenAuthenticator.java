package org.asylon.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/**
 * A module's own kind of bearer token, tried by {@link SuiteAuthentication} before the identity
 * provider's: the readmission module's tokens signed by a partner state's key, for example. An
 * authenticator recognises its tokens by their header and answers for them only; every other token
 * goes on to the next authenticator and finally to the MicroProfile JWT verifier.
 */
public interface TokenAuthenticator {

    /**
     * Empty when the token is not of this authenticator's kind; otherwise the caller it names or
     * why it is refused.
     */
    Optional<Verdict> authenticate(String token, HttpServletRequest request);

    /** What an authenticator decided about a token of its kind. */
    sealed interface Verdict {}

    /** The token is valid: the caller and their roles. */
    record Accepted(String name, Set<String> roles) implements Verdict {
        public Accepted {
            roles = Set.copyOf(roles);
        }
    }

    /** The token is of this kind but not acceptable; {@code detail} says why, for the caller. */
    record Refused(String detail) implements Verdict {}
}
