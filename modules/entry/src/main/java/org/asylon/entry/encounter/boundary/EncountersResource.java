package org.asylon.entry.encounter.boundary;

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
import java.util.List;
import org.asylon.entry.encounter.control.EncounterActions;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Roles;

/** Encounters: register one person, read, and act on the record (If-Match on every change). */
@Path("encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class EncountersResource {

    static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    EncounterCreation creations;

    @Inject
    EncounterActions actions;

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
            @Valid @NotNull(message = "send the encounter as JSON") NewEncounter request) {
        return IdempotentCreation.toResponse(creations.registerOnce(key, request, user()), uri);
    }


    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Encounter encounter = actions.find(id);
        audit.record(user(), "encounter.read", "encounter", id, null);
        return withTag(encounter);
    }

    @GET
    @Transactional
    public List<EncounterView> list(@QueryParam("crossingPointId") String crossingPointId,
            @QueryParam("groupId") String groupId, @QueryParam("limit") String limit) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        StringBuilder jpql = new StringBuilder("SELECT e FROM Encounter e WHERE 1 = 1");
        if (crossingPointId != null) {
            jpql.append(" AND e.crossingPointId = :point");
        }
        if (groupId != null) {
            jpql.append(" AND e.groupId = :grp");
        }
        var query = em.createQuery(jpql.append(" ORDER BY e.occurredAt DESC").toString(), Encounter.class)
                .setMaxResults(max);
        if (crossingPointId != null) {
            query.setParameter("point", crossingPointId);
        }
        if (groupId != null) {
            query.setParameter("grp", groupId);
        }
        List<Encounter> found = query.getResultList();
        audit.record(user(), "encounter.listed", "encounter-list",
                "crossingPointId=" + crossingPointId + ", groupId=" + groupId, found.size() + " record(s)");
        return found.stream().map(EncounterView::of).toList();
    }

    @POST
    @Path("{id}/protection-request")
    public Response requestProtection(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid ProtectionRequestInput request) {
        return withTag(actions.requestProtection(id, ifMatch, request == null ? null : request.words(), user()));
    }

    @POST
    @Path("{id}/specific-needs")
    public Response noteSpecificNeed(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the need as JSON") SpecificNeedInput request) {
        return withTag(actions.noteSpecificNeed(id, ifMatch, request.category(), request.note(), user()));
    }

    @PUT
    @Path("{id}/screening")
    public Response recordScreening(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the screening form as JSON") ScreeningInput request) {
        return withTag(actions.recordScreening(id, ifMatch, request.toForm(), user()));
    }

    @PUT
    @Path("{id}/outcome")
    public Response decideOutcome(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the outcome as JSON") OutcomeInput request) {
        return withTag(actions.decideOutcome(id, ifMatch, request.outcome(), request.refusalGround(), request.note(),
                user()));
    }

    private Response withTag(Encounter encounter) {
        return Response.ok(EncounterView.of(encounter)).tag(Versions.etag(encounter.version())).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
