package org.asylon.detention.place.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.detention.place.control.Facilities;
import org.asylon.detention.place.control.Occupancy;
import org.asylon.detention.place.entity.Placement;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** One room: who is placed there now (an audited read), and re-measuring it. */
@Path("rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.MONITOR
})
public class RoomsResource {

    @Inject Facilities facilities;

    @Inject Occupancy occupancy;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Occupancy.RoomState state = occupancy.room(id);
        Caller caller = Caller.of(security);
        // who is held where is personal data: the facility manager sees the measurements and the
        // count (in the state), not the people
        List<Placement> placed = readsPeople(caller) ? occupancy.placedIn(id) : List.of();
        audit.record(caller.name(), "room.read", "room", id, placed.size() + " person(s) shown");
        return Response.ok(RoomView.of(state, placed))
                .tag(Versions.etag(state.room().version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.FACILITY_MANAGER)
    @Transactional
    public Response remeasure(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the room's measurements as JSON")
                    RoomMeasurements request) {
        facilities.remeasure(
                id,
                ifMatch,
                request.label().trim(),
                request.use(),
                request.livingSpace(),
                request.wallDistance(),
                request.ceilingHeight(),
                Caller.of(security).name());
        Occupancy.RoomState state = occupancy.room(id);
        return Response.ok(RoomView.of(state)).tag(Versions.etag(state.room().version())).build();
    }

    static boolean readsPeople(Caller caller) {
        return caller.has(Roles.DETENTION_OFFICER)
                || caller.has(Roles.DETENTION_AUTHORITY)
                || caller.has(Roles.MONITOR);
    }
}
