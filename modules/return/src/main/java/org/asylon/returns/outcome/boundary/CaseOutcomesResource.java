package org.asylon.returns.outcome.boundary;

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
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.outcome.control.Outcomes;
import org.asylon.returns.outcome.entity.AlternativeOutcome;

/** Ending a case in an alternative migration outcome, and the case's outcome. */
@Path("cases/{caseId}/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseOutcomesResource {

    @Inject Outcomes outcomes;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response record(
            @PathParam("caseId") String caseId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the outcome as JSON") NewOutcome request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/{id}/outcomes",
                List.of(caseId, request),
                uri,
                () -> {
                    AlternativeOutcome o = outcomes.record(caseId, request.toTerms(), caller);
                    return Created.at("outcomes/" + o.id(), OutcomeView.of(o));
                });
    }

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response list(@PathParam("caseId") String caseId) {
        return Response.ok(
                        outcomes.ofCase(caseId, Caller.of(security)).stream()
                                .map(OutcomeView::of)
                                .toList())
                .build();
    }
}
