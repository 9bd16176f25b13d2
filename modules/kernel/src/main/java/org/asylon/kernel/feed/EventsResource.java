package org.asylon.kernel.feed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The module's event feed: {@code GET /events?after=N&limit=M}, in feed order, as CloudEvents. */
@Path("events")
@RolesAllowed({Roles.FEED_READER, Roles.AUDITOR})
public class EventsResource {

    @Inject OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "asylon.module")
    String module;

    @GET
    @Produces({CloudEvent.BATCH_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response events(@QueryParam("after") String after, @QueryParam("limit") String limit) {
        long from = QueryParams.nonNegativeLong("after", after, 0);
        int max = QueryParams.limit("limit", limit, 100, 1000);
        relay.stampPending();
        return Response.ok(CloudEventJson.toJson(relay.read(from, max, "/" + module)).toString())
                .build();
    }
}
