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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.asylon.detention.monitoring.control.Interviews;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * One private interview: read by monitors, amended by its author, never rewritten or deleted. The
 * detention roles reach these methods so that their attempts are refused and recorded by the
 * control.
 */
@Path("interviews/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.MONITOR,
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.COURT_CLERK
})
public class InterviewsResource {

    @Inject Interviews interviews;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    public InterviewView one(@PathParam("id") String id) {
        return InterviewView.of(interviews.find(id, Caller.of(security)));
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
                "POST interviews/amendments",
                Map.of("interview", id, "amendment", request),
                uri,
                () -> Created.ok(InterviewView.of(interviews.amend(id, request.text(), caller))));
    }

    @PUT
    public Response replace(@PathParam("id") String id) {
        throw interviews.refuseChange(id, "PUT", Caller.of(security));
    }

    @PATCH
    public Response patch(@PathParam("id") String id) {
        throw interviews.refuseChange(id, "PATCH", Caller.of(security));
    }

    @DELETE
    public Response delete(@PathParam("id") String id) {
        throw interviews.refuseChange(id, "DELETE", Caller.of(security));
    }
}
