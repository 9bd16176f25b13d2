package org.asylon.returns.returncase.boundary;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.control.CaseReading;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Return cases: the return officers' files, read by operations staff and the authority. One case is
 * read at {@link CaseResource}: every class under {@code cases/{id}} shares that path template, so
 * that JAX-RS pools their methods (a class at {@code cases} with an {@code {id}} method would lose
 * to them and answer 404).
 */
@Path("cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
public class CasesResource {

    @Inject CaseReading reading;

    @Inject CaseOpening opening;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response open(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the case as JSON") NewCase request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases",
                request,
                uri,
                () -> {
                    ReturnCase c =
                            opening.atDesk(
                                    request.origin(),
                                    NewCase.blankToNull(request.originReference()),
                                    request.person(),
                                    request.links(),
                                    caller.name());
                    return Created.at("cases/" + c.id(), CaseView.of(c));
                });
    }

    @GET
    @Transactional
    public List<CaseView> list(
            @QueryParam("state") String state, @QueryParam("limit") String limit) {
        Boolean open =
                switch (state == null ? "open" : state) {
                    case "open" -> Boolean.TRUE;
                    case "closed" -> Boolean.FALSE;
                    case "all" -> null;
                    default -> throw ProblemException.badRequest("state", "open, closed or all");
                };
        return reading
                .list(open, QueryParams.limit("limit", limit, 100, 500), Caller.of(security))
                .stream()
                .map(CaseView::of)
                .toList();
    }
}
