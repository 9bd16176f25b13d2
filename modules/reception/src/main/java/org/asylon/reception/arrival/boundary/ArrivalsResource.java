package org.asylon.reception.arrival.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.Keyset;
import org.asylon.reception.Paging;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * Arrivals: from the border (through the feed) or registered at the desk; referrals after
 * counselling.
 */
@Path("arrivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class ArrivalsResource {

    @Inject ArrivalDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the arrival as JSON") NewArrival request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST arrivals",
                request,
                uri,
                () -> {
                    Arrival arrival = desk.registerWalkIn(request.toWalkIn(), caller.name());
                    return Created.at("arrivals/" + arrival.id(), ArrivalView.of(arrival));
                });
    }

    /**
     * A page of arrivals, newest first ({@code after}: the cursor of the Link rel="next"), or the
     * one from an encounter.
     */
    @GET
    public Response list(
            @QueryParam("limit") String limit,
            @QueryParam("after") String after,
            @QueryParam("sourceEncounterId") String sourceEncounterId) {
        String user = Caller.of(security).name();
        if (sourceEncounterId != null) {
            if (sourceEncounterId.isBlank() || sourceEncounterId.length() > 36) {
                throw ProblemException.badRequest(
                        "sourceEncounterId", "give the border encounter's id (36 characters)");
            }
            return Response.ok(
                            desk.fromEncounter(sourceEncounterId.trim(), user).stream()
                                    .map(ArrivalView::of)
                                    .toList())
                    .build();
        }
        int max = QueryParams.limit("limit", limit, 50, 500);
        return Paging.respond(
                desk.latest(Keyset.parse("after", after), max, user).map(ArrivalView::of), uri);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Arrival arrival = desk.read(id, Caller.of(security).name());
        return Response.ok(ArrivalView.of(arrival, desk.companions(arrival)))
                .tag(Versions.etag(arrival.version()))
                .build();
    }

    @POST
    @Path("{id}/asylum-request")
    public Response requestAsylum(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(desk.requestAsylum(id, ifMatch, Caller.of(security).name()));
    }

    /** The person asks for asylum again (e.g. after their claim was withdrawn). */
    @POST
    @Path("{id}/asylum-request/renewal")
    public Response renewAsylumRequest(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(desk.renewAsylumRequest(id, ifMatch, Caller.of(security).name()));
    }

    @PUT
    @Path("{id}/referrals")
    public Response decideReferrals(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the referral decision as JSON")
                    ReferralDecision decision) {
        return withTag(
                desk.decideReferrals(
                        id,
                        ifMatch,
                        decision.channels(),
                        decision.reason(),
                        Caller.of(security).name()));
    }

    private static Response withTag(Arrival arrival) {
        return Response.ok(ArrivalView.of(arrival)).tag(Versions.etag(arrival.version())).build();
    }
}
