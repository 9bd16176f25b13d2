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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.decision.control.Decisions;
import org.asylon.returns.decision.entity.ReturnDecision;

/** Issuing a return decision on a case, and the case's decisions. */
@Path("cases/{caseId}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseDecisionsResource {

    @Inject Decisions decisions;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response issue(
            @PathParam("caseId") String caseId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the decision as JSON") NewDecision request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/{id}/decisions",
                List.of(caseId, request),
                uri,
                () -> {
                    ReturnDecision d = decisions.issue(caseId, request.toTerms(), caller);
                    return Created.at("decisions/" + d.id(), DecisionView.of(decisions.file(d)));
                });
    }

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response list(@PathParam("caseId") String caseId) {
        return Response.ok(
                        decisions.ofCase(caseId, Caller.of(security)).stream()
                                .map(DecisionView::of)
                                .toList())
                .build();
    }
}
