package org.asylon.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

/** A 401 says how to sign in, whichever layer refused (RFC 9110 section 15.5.2). */
class ProblemTest {

    @Test
    void everyNotAuthenticatedProblemCarriesTheChallenge() {
        Response fromTheRoleCheck =
                Problem.of(ProblemType.NOT_AUTHENTICATED, "Sign in to use this service.", "/x")
                        .toResponse();
        Response fromAnotherLayer =
                new ThrowableMapper().toResponse(new NotAuthorizedException("Basic"));

        assertEquals(Problem.CHALLENGE, fromTheRoleCheck.getHeaderString("WWW-Authenticate"));
        assertEquals(401, fromAnotherLayer.getStatus());
        assertEquals(Problem.CHALLENGE, fromAnotherLayer.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void otherProblemsCarryNone() {
        assertNull(
                Problem.of(ProblemType.FORBIDDEN, "no", "/x")
                        .toResponse()
                        .getHeaderString("WWW-Authenticate"));
    }
}
