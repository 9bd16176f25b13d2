package org.asylon.returns.operation.boundary;

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
import org.asylon.returns.operation.control.Observations;

/**
 * A monitor's observations on an operation. The return officers and operations staff reach the list
 * so that their attempts are refused and recorded by the control.
 */
@Path("operations/{id}/observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperationObservationsResource {

    @Inject Observations observations;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.MONITOR)
    public Response record(
            @PathParam("id") String operationId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the observation as JSON") NewObservation request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST operations/{id}/observations",
                List.of(operationId, request),
                uri,
                () -> {
                    Observations.Filed filed =
                            observations.record(
                                    operationId,
                                    request.phase(),
                                    request.observedAt(),
                                    request.raisesConcern(),
                                    request.text(),
                                    caller);
                    return Created.at(
                            "observations/" + filed.observation().id(), ObservationView.of(filed));
                });
    }

    @GET
    @RolesAllowed({
        Roles.MONITOR,
        Roles.RETURN_AUTHORITY,
        Roles.RETURN_OFFICER,
        Roles.RETURN_OPERATIONS
    })
    public List<ObservationView> list(@PathParam("id") String operationId) {
        return observations.ofOperation(operationId, Caller.of(security)).stream()
                .map(ObservationView::of)
                .toList();
    }
}
