package org.asylon.returns.outcome.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.outcome.control.Outcomes;
import org.asylon.returns.outcome.entity.AlternativeOutcome;

/** One alternative migration outcome. */
@Path("outcomes")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomesResource {

    @Inject Outcomes outcomes;

    @Context SecurityContext security;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response one(@PathParam("id") String id) {
        AlternativeOutcome o = outcomes.read(id, Caller.of(security));
        return Response.ok(OutcomeView.of(o)).tag(Versions.etag(o.version())).build();
    }
}
