package org.asylon.entry.crossingpoint.boundary;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.entry.crossingpoint.entity.CrossingPoint;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;

/** Crossing points: registered by supervisors, read by every border official. */
@Path("crossing-points")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class CrossingPointsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext
    EntityManager em;

    @Inject
    IdempotentCreation creation;

    @Inject
    AuditTrail audit;

    @Context
    SecurityContext security;

    @Context
    jakarta.ws.rs.core.UriInfo uri;

    @POST
    @RolesAllowed(Roles.BORDER_SUPERVISOR)
    public Response register(@HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the crossing point as JSON") NewCrossingPoint request) {
        String user = security.getUserPrincipal().getName();
        Created created = creation.once(key, user + " POST crossing-points", request, () -> {
            CrossingPoint point = new CrossingPoint(request.name(), request.kind(), request.country(),
                    request.latitude(), request.longitude());
            em.persist(point);
            audit.record(user, "crossing-point.registered", "crossing-point", point.id(), point.name());
            em.flush();
            return Created.at("crossing-points/" + point.id(), JSON.toJson(CrossingPointView.of(point)));
        });
        return IdempotentCreation.toResponse(created, uri);
    }

    @GET
    @Transactional
    public List<CrossingPointView> all() {
        return em.createQuery("SELECT c FROM CrossingPoint c ORDER BY c.name", CrossingPoint.class).getResultList()
                .stream().map(CrossingPointView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        CrossingPoint point = em.find(CrossingPoint.class, id);
        if (point == null) {
            throw ProblemException.notFound("crossing point", id);
        }
        return Response.ok(CrossingPointView.of(point)).tag(Versions.etag(point.version())).build();
    }
}
