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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The module's event feed: {@code GET /events?after=N&limit=M}, in feed order, as CloudEvents. */
@Path("events")
@Tag(name = "Event feed")
@RolesAllowed({Roles.FEED_READER, Roles.AUDITOR})
public class EventsResource {

    @Inject
    OutboxRelay relay;

    @Inject
    @ConfigProperty(name = "asylon.module")
    String module;

    @GET
    @Produces({CloudEvent.BATCH_MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "Events after a position",
            description = "Events in feed order after the given sequence number. Poll with the last sequence you applied; an empty array means nothing new.")
    public Response events(
            @Parameter(description = "last sequence already applied (0 for the start)", example = "0")
            @QueryParam("after") String after,
            @Parameter(description = "maximum number of events (1-1000, default 100)", example = "100")
            @QueryParam("limit") String limit) {
        long from = QueryParams.nonNegativeLong("after", after, 0);
        int max = QueryParams.limit("limit", limit, 100, 1000);
        relay.stampPending();
        return Response.ok(CloudEventJson.toJson(relay.read(from, max, "/" + module)).toString()).build();
    }
}
