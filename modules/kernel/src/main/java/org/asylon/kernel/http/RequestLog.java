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
 * Gives every request a new unique id, returns it in {@code X-Request-Id} and writes one structured
 * JSON log line per request, so that a border post's complaint can be matched with the server log
 * and the audit trail. A sane {@code X-Request-Id} the client sent is kept beside it (echoed as
 * {@code X-Client-Request-Id}, logged), never used as the id: two clients may send the same one.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String CLIENT_HEADER = "X-Client-Request-Id";
    private static final String STARTED = RequestLog.class.getName() + ".started";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Logger LOG = Logger.getLogger("org.asylon.access");

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        RequestId.set(
                UUID.randomUUID().toString(),
                given != null && SANE.matcher(given).matches() ? given : null);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = RequestId.current();
        String client = RequestId.client();
        response.getHeaders().putSingle(HEADER, id);
        if (client != null) {
            response.getHeaders().putSingle(CLIENT_HEADER, client);
        }
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long t ? (System.nanoTime() - t) / 1000 : -1;
        Principal user =
                request.getSecurityContext() == null
                        ? null
                        : request.getSecurityContext().getUserPrincipal();
        LOG.info(
                () ->
                        Jsons.object()
                                .add("requestId", id)
                                .add("clientRequestId", client == null ? "" : client)
                                .add("method", request.getMethod())
                                .add("path", "/" + request.getUriInfo().getPath())
                                .add("status", response.getStatus())
                                .add("user", user == null ? "anonymous" : user.getName())
                                .add("durationMs", micros / 1000.0)
                                .build()
                                .toString());
        RequestId.clear();
        org.asylon.kernel.problem.RequestBody.forget();
    }
}
