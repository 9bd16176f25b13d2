package org.asylon.reception.arrival.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.arrival.control.ArrivalDesk;
import org.asylon.reception.arrival.entity.Arrival;

/** Arrivals: from the border (through the feed) or registered at the desk; referrals after counselling. */
@Path("arrivals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class ArrivalsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ArrivalDesk desk;

    @Inject
    IdempotentCreation creation;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the arrival as JSON") NewArrival request) {
        String user = user();
        Created created = creation.once(key, user + " POST arrivals", request, () -> {
            Arrival walkIn = new Arrival(null, request.surname(), request.givenNames(),
                    request.originalScriptName(), request.dateOfBirth(), request.sex(),
                    request.nationalities() == null ? List.of() : request.nationalities(),
                    request.languages() == null ? List.of() : request.languages(),
                    Boolean.TRUE.equals(request.unaccompaniedChild()), user, Instant.now());
            if (request.specificNeeds() != null) {
                walkIn.noteSpecificNeeds(request.specificNeeds());
            }
            Arrival arrival = desk.registerWalkIn(walkIn, Boolean.TRUE.equals(request.asylumRequested()), user);
            em.flush();
            return Created.at("arrivals/" + arrival.id(), JSON.toJson(ArrivalView.of(arrival)));
        });
        return IdempotentCreation.toResponse(created, uri);
    }

    @GET
    @Transactional
    public List<ArrivalView> list(@QueryParam("limit") String limit) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        List<Arrival> found = em.createQuery("SELECT a FROM Arrival a ORDER BY a.registeredAt DESC", Arrival.class)
                .setMaxResults(max).getResultList();
        audit.record(user(), "arrival.listed", "arrival-list", "all", found.size() + " record(s)");
        return found.stream().map(ArrivalView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Arrival arrival = desk.find(id);
        audit.record(user(), "arrival.read", "arrival", id, null);
        return withTag(arrival);
    }

    @POST
    @Path("{id}/asylum-request")
    public Response requestAsylum(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(desk.requestAsylum(id, ifMatch, user()));
    }

    @PUT
    @Path("{id}/referrals")
    public Response decideReferrals(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the referral decision as JSON") ReferralDecision decision) {
        return withTag(desk.decideReferrals(id, ifMatch, decision.channels(), decision.reason(), user()));
    }

    private Response withTag(Arrival arrival) {
        return Response.ok(ArrivalView.of(arrival)).tag(Versions.etag(arrival.version())).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
