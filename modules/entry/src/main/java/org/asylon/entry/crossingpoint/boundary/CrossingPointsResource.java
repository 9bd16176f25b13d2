package org.asylon.entry.crossingpoint.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.entry.crossingpoint.control.CrossingPoints;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Crossing points: registered by supervisors, read by every border official. */
@Path("crossing-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class CrossingPointsResource {

    @Inject CrossingPoints points;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.BORDER_SUPERVISOR)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the crossing point as JSON") NewCrossingPoint request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST crossing-points",
                request,
                uri,
                () -> {
                    CrossingPoint point =
                            points.register(
                                    request.name(),
                                    request.kind(),
                                    request.country(),
                                    request.latitude(),
                                    request.longitude(),
                                    caller);
                    return Created.at("crossing-points/" + point.id(), CrossingPointView.of(point));
                });
    }

    @GET
    public List<CrossingPointView> all() {
        return points.all().stream().map(CrossingPointView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        CrossingPoint point = points.find(id);
        return Response.ok(CrossingPointView.of(point)).tag(Versions.etag(point.version())).build();
    }
}
