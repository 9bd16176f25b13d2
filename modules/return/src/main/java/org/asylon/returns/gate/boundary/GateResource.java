package org.asylon.returns.gate.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.gate.control.GateOverrides;
import org.asylon.returns.gate.control.GateReading;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.gate.entity.GateOverride;

/**
 * The gate of a case: what it would find for a step now, every pass it recorded, and the overrides
 * a named authority decided. The steps themselves (departure confirmed, removal executed, handover
 * at a border) are taken where their work is recorded, and pass the gate there.
 */
@Path("cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
public class GateResource {

    @Inject GateReading reading;

    @Inject GateOverrides overrides;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Path("gate")
    @Transactional
    public GateView.Preview preview(@PathParam("id") String id, @QueryParam("step") String step) {
        ExecutionStep s = step(step);
        return GateView.Preview.of(id, s.name(), reading.preview(id, s, Caller.of(security)));
    }

    @GET
    @Path("gate-checks")
    @Transactional
    public List<GateView.Check> checks(@PathParam("id") String id) {
        return reading.checks(id, Caller.of(security)).stream().map(GateView.Check::of).toList();
    }

    @GET
    @Path("gate-overrides")
    @Transactional
    public List<GateView.Override> overrides(@PathParam("id") String id) {
        return reading.overrides(id, Caller.of(security)).stream()
                .map(GateView.Override::of)
                .toList();
    }

    @POST
    @Path("gate-overrides")
    @RolesAllowed(Roles.RETURN_AUTHORITY)
    public Response override(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the override as JSON") NewOverride request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/gate-overrides",
                Map.of("case", id, "override", request),
                uri,
                () -> {
                    GateOverride o =
                            overrides.decide(
                                    id,
                                    new GateOverrides.Decision(
                                            request.step(),
                                            request.rule(),
                                            request.authority().strip(),
                                            request.decisionReference(),
                                            request.reasons().strip()),
                                    caller);
                    return Created.at("cases/" + id + "/gate-overrides", GateView.Override.of(o));
                });
    }

    private static ExecutionStep step(String step) {
        if (step == null) {
            throw ProblemException.badRequest(
                    "step", "DEPARTURE_CONFIRMED, REMOVAL_EXECUTED or BORDER_HANDOVER");
        }
        try {
            return ExecutionStep.valueOf(step);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "step", "DEPARTURE_CONFIRMED, REMOVAL_EXECUTED or BORDER_HANDOVER");
        }
    }
}
