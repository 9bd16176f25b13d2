package org.asylon.detention.order.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.detention.order.control.OrderProfile;
import org.asylon.detention.order.control.Orders;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Issuing a detention order for a person. */
@Path("people/{personId}/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonOrdersResource {

    @Inject Orders orders;

    @Inject OrderProfile profile;

    @Inject Clock clock;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.DETENTION_AUTHORITY)
    public Response issue(
            @PathParam("personId") String personId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the order as JSON") NewOrder request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST people/{id}/orders",
                List.of(personId, request),
                uri,
                () -> {
                    DetentionOrder order = orders.issue(personId, request.toTerms(), caller.name());
                    return Created.at(
                            "orders/" + order.id(),
                            OrderView.of(order, profile.calendar(), Instant.now(clock)));
                });
    }
}
