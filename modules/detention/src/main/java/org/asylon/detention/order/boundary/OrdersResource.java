package org.asylon.detention.order.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.asylon.detention.order.control.OrderFilter;
import org.asylon.detention.order.control.OrderProfile;
import org.asylon.detention.order.control.Orders;
import org.asylon.detention.order.entity.DetentionOrder;
import org.asylon.detention.order.entity.OrderStatus;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Detention orders: read, list, extend, review, release, move the held person. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject Orders orders;

    @Inject OrderProfile profile;

    @Inject Clock clock;

    @Context SecurityContext security;

    @GET
    @RolesAllowed({
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.COURT_CLERK,
        Roles.MONITOR
    })
    public Response list(
            @QueryParam("status") String status,
            @QueryParam("facilityId") String facilityId,
            @QueryParam("personId") String personId,
            @QueryParam("limit") String limit) {
        OrderFilter filter =
                new OrderFilter(
                        status == null ? null : status(status),
                        id("facilityId", facilityId),
                        id("personId", personId),
                        QueryParams.limit("limit", limit, 100, 500));
        Instant now = Instant.now(clock);
        return Response.ok(
                        orders.list(filter, Caller.of(security).name()).stream()
                                .map(o -> OrderView.of(o, profile.calendar(), now))
                                .toList())
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.COURT_CLERK,
        Roles.MONITOR
    })
    public Response one(@PathParam("id") String id) {
        return full(orders.read(id, Caller.of(security).name()));
    }

    @POST
    @Path("{id}/extensions")
    @RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.COURT_CLERK})
    public Response extend(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the extension as JSON") NewExtension request) {
        return full(orders.extend(id, ifMatch, request.toExtension(), Caller.of(security)));
    }

    @POST
    @Path("{id}/reviews")
    @RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.COURT_CLERK})
    public Response review(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the review as JSON") NewReview request) {
        return full(orders.review(id, ifMatch, request.toReview(), Caller.of(security)));
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.DETENTION_OFFICER})
    public Response release(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the release as JSON") NewRelease request) {
        return full(orders.release(id, ifMatch, request.toRelease(), Caller.of(security)));
    }

    @POST
    @Path("{id}/placement")
    @RolesAllowed(Roles.DETENTION_OFFICER)
    public Response move(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the room as JSON") PlacementChange request) {
        return full(orders.move(id, ifMatch, request.roomId(), Caller.of(security).name()));
    }

    private Response full(DetentionOrder order) {
        return Response.ok(
                        OrderView.of(
                                order,
                                profile.calendar(),
                                Instant.now(clock),
                                orders.reviews(order.id()),
                                orders.extensions(order.id())))
                .tag(Versions.etag(order.version()))
                .build();
    }

    private static OrderStatus status(String value) {
        try {
            return OrderStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "status", "must be one of " + Arrays.toString(OrderStatus.values()));
        }
    }

    private static String id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 36) {
            throw ProblemException.badRequest(name, "an id of at most 36 characters");
        }
        return value.trim();
    }
}
