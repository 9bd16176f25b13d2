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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.gate.boundary.ProtectionCheckInput;
import org.asylon.returns.operation.control.Execution;
import org.asylon.returns.operation.control.Operations;
import org.asylon.returns.operation.entity.FitnessAssessment;
import org.asylon.returns.operation.entity.OperationStatus;
import org.asylon.returns.operation.entity.ReturnOperation;

/**
 * Return operations: the desk's and the monitors' list, one operation with what would stop it now,
 * its plan, escorts, monitors, medical findings, cancellation, and the execution steps that pass
 * the gate.
 */
@Path("operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperationsResource {

    @Inject Operations operations;

    @Inject Execution execution;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @RolesAllowed({
        Roles.RETURN_OFFICER,
        Roles.RETURN_AUTHORITY,
        Roles.RETURN_OPERATIONS,
        Roles.MONITOR
    })
    public List<OperationView> list(
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") String limit) {
        OperationStatus wanted = null;
        if (status != null) {
            try {
                wanted = OperationStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(
                        "status", "must be PLANNED, EXECUTED or CANCELLED");
            }
        }
        return operations
                .list(
                        wanted,
                        instant("from", from),
                        instant("to", to),
                        QueryParams.limit("limit", limit, 100, 500),
                        Caller.of(security))
                .stream()
                .map(OperationView::brief)
                .toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({
        Roles.RETURN_OFFICER,
        Roles.RETURN_AUTHORITY,
        Roles.RETURN_OPERATIONS,
        Roles.MONITOR
    })
    public Response one(@PathParam("id") String id) {
        return full(operations.read(id, Caller.of(security)));
    }

    @PUT
    @Path("{id}/plan")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response replan(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the plan as JSON") OperationPlan request) {
        return full(operations.replan(id, ifMatch, request.toPlan(), Caller.of(security)));
    }

    @PUT
    @Path("{id}/escorts")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response escorts(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the escorts as JSON") EscortTeam request) {
        return full(
                operations.assignEscorts(id, ifMatch, request.toEscorts(), Caller.of(security)));
    }

    /** The calling monitor takes the operation on. */
    @POST
    @Path("{id}/monitors")
    @Transactional
    @RolesAllowed(Roles.MONITOR)
    public Response takeOn(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send your monitoring body as JSON") MonitorTakeOn request) {
        return full(
                operations.takeOn(id, ifMatch, request.organisation().trim(), Caller.of(security)));
    }

    @POST
    @Path("{id}/fitness")
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response fitness(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the medical finding as JSON") NewFitness request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST operations/{id}/fitness",
                List.of(id, request),
                uri,
                () -> {
                    FitnessAssessment a = operations.recordFitness(id, request.toTerms(), caller);
                    return Created.at("operations/" + id, OperationView.FitnessView.of(a));
                });
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response cancel(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reason as JSON") Cancellation request) {
        return full(operations.cancel(id, ifMatch, request.reason(), Caller.of(security)));
    }

    /** The removal is carried out now, through the gate; the case closes REMOVED. */
    @POST
    @Path("{id}/removal")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response removal(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the step as JSON (an empty object will do)")
                    RemovalStep request) {
        return full(
                execution.removalExecuted(
                        id,
                        ifMatch,
                        ProtectionCheckInput.of(request.protectionCheck()),
                        Caller.of(security)));
    }

    /** The person is handed over at a border now, through the gate; the case closes REMOVED. */
    @POST
    @Path("{id}/handover")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response handover(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the handover as JSON") HandoverStep request) {
        return full(
                execution.handedOver(
                        id,
                        ifMatch,
                        request.receivingAuthority().trim(),
                        ProtectionCheckInput.of(request.protectionCheck()),
                        Caller.of(security)));
    }

    @PUT
    @Path("{id}/post-return-partner")
    @Transactional
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response postReturnPartner(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the partner as JSON") PostReturnPartner request) {
        return full(
                operations.designatePostReturnPartner(
                        id,
                        ifMatch,
                        request.organisation().trim(),
                        request.trimmedUsers(),
                        Caller.of(security)));
    }

    private Response full(ReturnOperation o) {
        return Response.ok(
                        OperationView.of(o, operations.fitness(o.id()), operations.outstanding(o)))
                .tag(Versions.etag(o.version()))
                .build();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    name, "an RFC 3339 date-time in UTC, e.g. 2026-12-01T00:00:00Z");
        }
    }
}
