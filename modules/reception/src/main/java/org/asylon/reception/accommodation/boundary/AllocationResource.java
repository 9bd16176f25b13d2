package org.asylon.reception.accommodation.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.accommodation.control.AllocationDesk;
import org.asylon.reception.accommodation.entity.Allocation;

/**
 * Where an arrival is accommodated: the first allocation ({@code POST}, Idempotency-Key), the
 * current place ({@code GET}, with an ETag counting the arrival's allocations), transfers ({@code
 * If-Match}) and the history.
 */
@Path("arrivals/{arrivalId}/allocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class AllocationResource {

    @Inject AllocationDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @PathParam("arrivalId")
    String arrivalId;

    @POST
    public Response allocate(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the allocation as JSON") NewAllocation request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST arrivals/allocation",
                Map.of("arrival", arrivalId, "allocation", request),
                uri,
                () -> {
                    Allocation allocation =
                            desk.allocate(
                                    arrivalId,
                                    request.facilityId(),
                                    request.placeType(),
                                    blankToNull(request.householdId()),
                                    blankToNull(request.emergencyOverrideReason()),
                                    caller.name());
                    return Created.at(
                            "arrivals/" + arrivalId + "/allocation", AllocationView.of(allocation));
                });
    }

    @GET
    @Transactional
    public Response current() {
        Allocation allocation = desk.readCurrent(arrivalId, Caller.of(security).name());
        return Response.ok(AllocationView.of(allocation))
                .tag(Versions.etag(desk.historyTag(arrivalId)))
                .build();
    }

    @POST
    @Path("transfer")
    @Transactional
    public Response transfer(
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the transfer as JSON") Transfer request) {
        Allocation allocation =
                desk.transfer(
                        arrivalId,
                        tag -> Versions.requireMatch(ifMatch, tag),
                        request.facilityId(),
                        request.placeType(),
                        blankToNull(request.reason()),
                        blankToNull(request.emergencyOverrideReason()),
                        Caller.of(security).name());
        return Response.ok(AllocationView.of(allocation))
                .tag(Versions.etag(desk.historyTag(arrivalId)))
                .build();
    }

    @GET
    @Path("history")
    @Transactional
    public List<AllocationView> history() {
        return desk.readHistory(arrivalId, Caller.of(security).name()).stream()
                .map(AllocationView::of)
                .toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
