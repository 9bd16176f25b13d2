package org.asylon.returns.decision.boundary;

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
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.decision.control.Appeals;
import org.asylon.returns.decision.entity.DecisionAppeal;

/** Appeals against return decisions: read, the ruling on suspension, the decision. */
@Path("appeals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AppealsResource {

    @Inject Appeals appeals;

    @Context SecurityContext security;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response one(@PathParam("id") String id) {
        return view(appeals.read(id, Caller.of(security)));
    }

    @POST
    @Path("{id}/suspension")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response suspension(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the ruling as JSON") SuspensionRuling request) {
        return view(
                appeals.ruleOnSuspension(
                        id,
                        ifMatch,
                        request.granted(),
                        request.ruledAt(),
                        request.reference(),
                        Caller.of(security)));
    }

    @POST
    @Path("{id}/decision")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response decide(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the appeal body's decision as JSON")
                    AppealRuling request) {
        return view(
                appeals.decide(
                        id,
                        ifMatch,
                        request.outcome(),
                        request.decidedAt(),
                        request.reference(),
                        Caller.of(security)));
    }

    private static Response view(DecisionAppeal a) {
        return Response.ok(AppealView.of(a)).tag(Versions.etag(a.version())).build();
    }
}
