package org.asylon.detention.place.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import java.util.Map;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.Occupancy;
import org.asylon.detention.place.entity.Facility;
import org.asylon.detention.place.entity.Room;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * The register of places of detention: kept by facility managers, open to the detention roles, the
 * court's clerks and independent monitors (OPCAT Art 20(a): number and location of places, number
 * of people held).
 */
@Path("facilities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.FACILITY_MANAGER,
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.COURT_CLERK,
    Roles.MONITOR
})
public class FacilitiesResource {

    @Inject Facilities facilities;

    @Inject Occupancy occupancy;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.FACILITY_MANAGER)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the facility as JSON") NewFacility request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST facilities",
                request,
                uri,
                () -> {
                    Facility facility =
                            facilities.register(
                                    request.kind(),
                                    request.name().trim(),
                                    request.location().trim(),
                                    Params.blankToNull(request.operator()),
                                    caller.name());
                    return Created.at(
                            "facilities/" + facility.id(),
                            FacilityView.withRooms(occupancy.facility(facility.id())));
                });
    }

    @GET
    @Transactional
    public List<FacilityView> list(@QueryParam("overcrowded") String overcrowded) {
        Boolean only = Params.flag("overcrowded", overcrowded);
        return occupancy.all().stream()
                .filter(f -> only == null || f.overcrowded() == only)
                .map(FacilityView::summary)
                .toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Occupancy.FacilityState state = occupancy.facility(id);
        return Response.ok(FacilityView.withRooms(state))
                .tag(Versions.etag(state.facility().version()))
                .build();
    }

    @POST
    @Path("{id}/rooms")
    @RolesAllowed(Roles.FACILITY_MANAGER)
    public Response addRoom(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the room's measurements as JSON")
                    RoomMeasurements request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST facilities/rooms",
                Map.of("facility", id, "room", request),
                uri,
                () -> {
                    Room room =
                            facilities.addRoom(
                                    id,
                                    request.label().trim(),
                                    request.use(),
                                    request.livingSpace(),
                                    request.wallDistance(),
                                    request.ceilingHeight(),
                                    caller.name());
                    return Created.at("rooms/" + room.id(), RoomView.of(occupancy.room(room.id())));
                });
    }

    @GET
    @Path("{id}/figures")
    @RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.FACILITY_MANAGER, Roles.MONITOR})
    @Transactional
    public FiguresView figures(
            @PathParam("id") String id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return FiguresView.of(
                id, occupancy.figures(id, Params.date("from", from), Params.date("to", to)));
    }
}
