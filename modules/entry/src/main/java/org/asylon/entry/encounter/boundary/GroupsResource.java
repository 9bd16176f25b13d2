package org.asylon.entry.encounter.boundary;

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
import org.asylon.entry.encounter.control.EncounterRecords;
import org.asylon.entry.encounter.control.GroupMembers;
import org.asylon.entry.encounter.control.GroupRegistration;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Groups: a boat's passengers or a family registered together, each member an individual encounter.
 */
@Path("groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class GroupsResource {

    @Inject GroupRegistration registration;

    @Inject EncounterRecords records;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the group as JSON") NewGroup request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST groups",
                request,
                uri,
                () -> {
                    GroupMembers group = registration.register(request.toFacts(), caller);
                    return Created.at("groups/" + group.group().id(), GroupView.of(group));
                });
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        GroupMembers group = records.group(id, Caller.of(security));
        return Response.ok(GroupView.of(group)).tag(Versions.etag(group.group().version())).build();
    }
}
