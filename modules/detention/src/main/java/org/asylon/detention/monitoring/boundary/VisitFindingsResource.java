package org.asylon.detention.monitoring.boundary;

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
import java.util.Map;
import org.asylon.detention.monitoring.control.Findings;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** The findings of a visit (OPCAT Art 19(a)): monitors only. */
@Path("visits/{visitId}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VisitFindingsResource {

    @Inject Findings findings;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.MONITOR)
    public Response record(
            @PathParam("visitId") String visitId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the finding as JSON") NewFinding request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST visits/findings",
                Map.of("visit", visitId, "finding", request),
                uri,
                () -> {
                    Findings.Filed filed =
                            findings.record(
                                    visitId,
                                    request.standard(),
                                    request.roomId(),
                                    request.personId(),
                                    request.text(),
                                    caller);
                    return Created.at("findings/" + filed.finding().id(), FindingView.of(filed));
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
    public List<FindingView> list(@PathParam("visitId") String visitId) {
        return findings.ofVisit(visitId, Caller.of(security)).stream()
                .map(FindingView::of)
                .toList();
    }
}
