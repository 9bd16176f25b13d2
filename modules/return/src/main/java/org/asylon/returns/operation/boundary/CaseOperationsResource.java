package org.asylon.returns.operation.boundary;

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
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.operation.control.Operations;
import org.asylon.returns.operation.entity.ReturnOperation;

/** A case's return operations: planned, listed. */
@Path("cases/{id}/operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseOperationsResource {

    @Inject Operations operations;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response plan(
            @PathParam("id") String caseId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the operation as JSON") NewOperation request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/{id}/operations",
                List.of(caseId, request),
                uri,
                () -> {
                    ReturnOperation o =
                            operations.plan(caseId, request.toPlan(), request.toEscorts(), caller);
                    return Created.at(
                            "operations/" + o.id(),
                            OperationView.of(
                                    o, operations.fitness(o.id()), operations.outstanding(o)));
                });
    }

    @GET
    @Transactional
    @RolesAllowed({
        Roles.RETURN_OFFICER,
        Roles.RETURN_AUTHORITY,
        Roles.RETURN_OPERATIONS,
        Roles.MONITOR
    })
    public List<OperationView> list(@PathParam("id") String caseId) {
        return operations.ofCase(caseId, Caller.of(security)).stream()
                .map(OperationView::brief)
                .toList();
    }
}
