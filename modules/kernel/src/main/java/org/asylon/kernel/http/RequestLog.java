package org.asylon.kernel.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.asylon.kernel.json.Jsons;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} if it is sane, otherwise a new one),
 * returns it in the response and writes one structured JSON log line per request, so that a border
 * post's complaint can be matched with the server log and the audit trail.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    private static final String STARTED = RequestLog.class.getName() + ".started";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger("org.asylon.access");

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        RequestId.set(id);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = RequestId.current();
        response.getHeaders().putSingle(HEADER, id);
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long t ? (System.nanoTime() - t) / 1000 : -1;
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        LOG.info(() -> Jsons.object()
                .add("requestId", id)
                .add("method", request.getMethod())
                .add("path", "/" + request.getUriInfo().getPath())
                .add("status", response.getStatus())
                .add("user", user == null ? "anonymous" : user.getName())
                .add("durationMs", micros / 1000.0)
                .build().toString());
        RequestId.clear();
        org.asylon.kernel.problem.RequestBody.forget();
    }
}
