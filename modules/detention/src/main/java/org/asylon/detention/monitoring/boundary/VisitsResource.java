package org.asylon.detention.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.detention.monitoring.control.Visits;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Monitoring visits. Reads and changes let the detention roles in, so that their attempts reach the
 * control, which refuses them and records each on the audit trail; the role check would refuse them
 * before anything could be recorded.
 */
@Path("visits")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitsResource {

    @Inject Visits visits;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.MONITOR)
    public Response record(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the visit as JSON") NewVisit request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST visits",
                request,
                uri,
                () -> {
                    Visit v =
                            visits.record(
                                    request.facilityId(),
                                    request.monitoringBody(),
                                    request.announced(),
                                    request.startedAt(),
                                    request.endedAt(),
                                    request.team(),
                                    caller);
                    return Created.at("visits/" + v.id(), VisitView.of(v));
                });
    }

    @GET
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public List<VisitView> list(
            @QueryParam("facilityId") String facilityId, @QueryParam("limit") String limit) {
        return visits
                .list(facilityId, QueryParams.limit("limit", limit, 100, 1000), Caller.of(security))
                .stream()
                .map(VisitView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public Response one(@PathParam("id") String id) {
        return withTag(visits.find(id, Caller.of(security)));
    }

    @PUT
    @Path("{id}/end")
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public Response end(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the end of the visit as JSON") VisitEnd request) {
        return withTag(visits.end(id, request.endedAt(), ifMatch, Caller.of(security)));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public Response replace(@PathParam("id") String id) {
        throw visits.refuseChange(id, "PUT", Caller.of(security));
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public Response patch(@PathParam("id") String id) {
        throw visits.refuseChange(id, "PATCH", Caller.of(security));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({
        Roles.MONITOR,
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.FACILITY_MANAGER,
        Roles.COURT_CLERK
    })
    public Response delete(@PathParam("id") String id) {
        throw visits.refuseChange(id, "DELETE", Caller.of(security));
    }

    private static Response withTag(Visit visit) {
        return Response.ok(VisitView.of(visit)).tag(Versions.etag(visit.version())).build();
    }
}
