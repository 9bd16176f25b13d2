package org.asylon.returns.operation.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.operation.control.Observations;

/**
 * One observation: read by monitors and the return authority, amended by its author, never
 * rewritten or deleted. The return roles reach every method so that their attempts are refused and
 * recorded by the control.
 */
@Path("observations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.MONITOR,
    Roles.RETURN_AUTHORITY,
    Roles.RETURN_OFFICER,
    Roles.RETURN_OPERATIONS
})
public class ObservationsResource {

    @Inject Observations observations;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    public ObservationView one(@PathParam("id") String id) {
        return ObservationView.of(observations.read(id, Caller.of(security)));
    }

    @POST
    @Path("amendments")
    public Response amend(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the amendment as JSON") NewAmendment request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST observations/{id}/amendments",
                Map.of("observation", id, "amendment", request),
                uri,
                () ->
                        Created.ok(
                                ObservationView.of(
                                        observations.amend(id, request.text(), caller))));
    }

    @PUT
    public Response replace(@PathParam("id") String id) {
        throw observations.refuseChange(id, "PUT", Caller.of(security));
    }

    @PATCH
    public Response patch(@PathParam("id") String id) {
        throw observations.refuseChange(id, "PATCH", Caller.of(security));
    }

    @DELETE
    public Response delete(@PathParam("id") String id) {
        throw observations.refuseChange(id, "DELETE", Caller.of(security));
    }
}
