package org.asylon.reception.household.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.household.control.HouseholdDesk;
import org.asylon.reception.household.control.HouseholdRegister;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdStatus;
import org.asylon.reception.household.entity.Membership;

/** Registration groups: formed at the desk or from the border's families; split and merged with history. */
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class HouseholdsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    HouseholdDesk desk;

    @Inject
    IdempotentCreation creation;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    public Response create(@HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the group as JSON") NewHousehold request) {
        String user = user();
        Created created = creation.once(key, user + " POST households", request, () -> desk.work(r -> {
            Household h = r.create(request.kind(), request.label(), null, memberships(request.members()), user);
            return Created.at("households/" + h.id(), JSON.toJson(view(r, h)));
        }));
        return IdempotentCreation.toResponse(created, uri);
    }

    @GET
    public List<HouseholdView> list(@QueryParam("limit") String limit, @QueryParam("arrivalId") String arrivalId) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        return desk.work(r -> {
            List<Household> found = arrivalId != null
                    ? java.util.stream.Stream.ofNullable(r.of(arrivalId)).toList()
                    : r.active(max);
            r.audited(user(), "household.listed", "all", found.size() + " record(s)");
            return found.stream().map(h -> view(r, h)).toList();
        });
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        return desk.work(r -> {
            Household h = r.find(id);
            r.audited(user(), "household.read", id, null);
            return tagged(r, h, Response.ok());
        });
    }

    @POST
    @Path("{id}/members")
    public Response addMember(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the member as JSON") MemberInput member) {
        return desk.work(r -> tagged(r, r.addMember(id, ifMatch, member.toMembership(), user()), Response.ok()));
    }

    /** 201 with the new group; the group split from has a new version. */
    @POST
    @Path("{id}/split")
    public Response split(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the split as JSON") SplitRequest request) {
        return desk.work(r -> {
            Household split = r.split(id, ifMatch, memberships(request.members()), request.remainingFocalPoint(),
                    request.label(), user());
            return tagged(r, split, Response.created(uri.getBaseUriBuilder().path("households").path(split.id()).build()));
        });
    }

    @POST
    @Path("{id}/merge")
    public Response merge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the merge as JSON") MergeRequest request) {
        return desk.work(r -> tagged(r, r.merge(id, ifMatch, request.householdId(), request.version(),
                request.relationships() == null ? List.of() : memberships(request.relationships()), user()),
                Response.ok()));
    }

    private static Response tagged(HouseholdRegister r, Household h, Response.ResponseBuilder response) {
        r.flush(); // the version (ETag) is the one written
        return response.entity(view(r, h)).tag(Versions.etag(h.version())).build();
    }

    private static HouseholdView view(HouseholdRegister r, Household h) {
        r.flush();
        return HouseholdView.of(h, h.status() == HouseholdStatus.ACTIVE ? r.childFlags(h) : java.util.Map.of(),
                r.history(h.id()));
    }

    private static List<Membership> memberships(List<MemberInput> members) {
        return members.stream().map(MemberInput::toMembership).toList();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }
}
