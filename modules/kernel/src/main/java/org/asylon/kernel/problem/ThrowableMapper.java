package org.asylon.kernel.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every exception that reaches JAX-RS into a problem response (see {@link
 * ProblemClassifier}).
 */
@Provider
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable thrown) {
        Problem problem = ProblemClassifier.classify(thrown, instance(uri));
        if (problem.type() == ProblemType.PAYLOAD_TOO_LARGE) {
            // the rest of the body was not read; the connection cannot carry another request
            return Response.fromResponse(problem.toResponse())
                    .header("Connection", "close")
                    .build();
        }
        if (thrown instanceof WebApplicationException web
                && web.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            // a 405 says which methods the resource does take (RFC 9110 section 15.5.6)
            return Response.fromResponse(problem.toResponse())
                    .header(HttpHeaders.ALLOW, web.getResponse().getHeaderString(HttpHeaders.ALLOW))
                    .build();
        }
        return problem.toResponse();
    }

    static String instance(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath();
    }
}
