package org.asylon.entry.encounter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.entry.encounter.control.GroupRegistration;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.entry.encounter.entity.EncounterGroup;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;

/** Groups: a boat's passengers or a family registered together, each member an individual encounter. */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class GroupsResource {

    @Inject
    IdempotentCreation creation;

    @Inject
    GroupRegistration registration;

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
            @Valid @NotNull(message = "send the group as JSON") NewGroup request) {
        String user = security.getUserPrincipal().getName();
        Created created = creation.once(key, user + " POST groups", request, () -> {
            GroupRegistration.Registered registered = registration.register(request, user);
            em.flush();
            return Created.at("groups/" + registered.group().id(), EncountersResource.JSON.toJson(GroupView.of(
                    registered.group(), registered.members().stream().map(EncounterView::of).toList())));
        });
        return IdempotentCreation.toResponse(created, uri);
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        EncounterGroup group = em.find(EncounterGroup.class, id);
        if (group == null) {
            throw ProblemException.notFound("group", id);
        }
        List<EncounterView> members = em.createQuery("SELECT e FROM Encounter e WHERE e.groupId = :id ORDER BY e.registeredAt",
                Encounter.class).setParameter("id", id).getResultList().stream().map(EncounterView::of).toList();
        audit.record(security.getUserPrincipal().getName(), "group.read", "group", id, null);
        return Response.ok(GroupView.of(group, members)).tag(Versions.etag(group.version())).build();
    }
}
