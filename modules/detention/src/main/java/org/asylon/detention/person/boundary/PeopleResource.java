package org.asylon.detention.person.boundary;

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
import org.asylon.detention.person.control.People;
import org.asylon.detention.person.control.PeopleFilter;
import org.asylon.detention.person.entity.DetainedPerson;
import org.asylon.detention.person.entity.Handover;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** People detention deals with: registered at the desk or handed over by the border. */
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject People people;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY})
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the person as JSON") NewPerson request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST people",
                request,
                uri,
                () -> {
                    DetainedPerson person =
                            people.register(request.toRegistration(), caller.name());
                    return Created.at("people/" + person.id(), PersonView.of(person));
                });
    }

    @GET
    @RolesAllowed({
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.COURT_CLERK,
        Roles.MONITOR
    })
    public Response list(
            @QueryParam("protection") String protection,
            @QueryParam("handover") String handover,
            @QueryParam("sourceEncounterId") String sourceEncounterId,
            @QueryParam("surname") String surname,
            @QueryParam("limit") String limit) {
        PeopleFilter filter =
                new PeopleFilter(
                        protection == null
                                ? null
                                : parse(ProtectionState.class, "protection", protection),
                        handover == null ? null : parse(Handover.class, "handover", handover),
                        blankToNull(sourceEncounterId),
                        blankToNull(surname),
                        QueryParams.limit("limit", limit, 100, 500));
        return Response.ok(
                        people.list(filter, Caller.of(security).name()).stream()
                                .map(PersonView::of)
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
        DetainedPerson person = people.read(id, Caller.of(security).name());
        return Response.ok(PersonView.of(person)).tag(Versions.etag(person.version())).build();
    }

    /** A protection-status check at the desk, with its source. */
    @PUT
    @Path("{id}/protection")
    @RolesAllowed(Roles.DETENTION_AUTHORITY)
    public Response checkProtection(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the protection state and its source as JSON")
                    ProtectionInput check) {
        DetainedPerson person =
                people.checkProtection(
                        id, ifMatch, check.state(), check.source(), Caller.of(security).name());
        return Response.ok(PersonView.of(person)).tag(Versions.etag(person.version())).build();
    }

    /**
     * The desk's finding that the person is a child: an order holding them is released or reviewed
     * as the profile's {@code detention.children} requires.
     */
    @PUT
    @Path("{id}/child")
    @RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY})
    public Response recordChild(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the finding's source as JSON") ChildFinding finding) {
        DetainedPerson person =
                people.recordChild(id, ifMatch, finding.source(), Caller.of(security).name());
        return Response.ok(PersonView.of(person)).tag(Versions.etag(person.version())).build();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 200) {
            throw ProblemException.badRequest("query", "a filter value is at most 200 characters");
        }
        return value.trim();
    }
}
