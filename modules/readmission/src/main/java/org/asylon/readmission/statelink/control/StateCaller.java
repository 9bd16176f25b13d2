package org.asylon.readmission.statelink.control;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * The partner state behind a call of the state API, and the token it signed the call with. The
 * suite's authentication ({@link StateAuthenticator}) has verified that very token before the
 * resource runs; this reads its claims again and makes sure they name the signed-in partner.
 */
public final class StateCaller {

    private StateCaller() {}

    /**
     * @param authorization the call's {@code Authorization} header
     * @param callerName the signed-in caller, {@code state:<ISO3>}
     */
    public static StateToken token(String authorization, String callerName) {
        if (authorization == null
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                || !StateToken.ofThisKind(authorization.substring(7).trim())) {
            throw refused();
        }
        StateToken t =
                StateToken.alreadyVerified(authorization.substring(7).trim())
                        .orElseThrow(StateCaller::refused);
        if (t.issuer() == null
                || !callerName.equals(StateAuthenticator.CALLER_PREFIX + t.issuer())) {
            throw refused();
        }
        return t;
    }

    private static ProblemException refused() {
        return new ProblemException(
                ProblemType.NOT_AUTHENTICATED,
                "The state API is called by a partner state with a signed token (typ "
                        + StateToken.TYPE
                        + ").");
    }
}
