package org.asylon.reception.household.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.Keyset;
import org.asylon.reception.Page;
import org.asylon.reception.Paging;
import org.asylon.reception.household.control.HouseholdDesk;
import org.asylon.reception.household.control.HouseholdRegister;
import org.asylon.reception.household.entity.Household;
import org.asylon.reception.household.entity.HouseholdStatus;
import org.asylon.reception.household.entity.Membership;

/**
 * Registration groups: formed at the desk or from the border's families; split and merged with
 * history.
 */
@Path("households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class HouseholdsResource {

    @Inject HouseholdDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response create(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the group as JSON") NewHousehold request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST households",
                request,
                uri,
                () ->
                        desk.work(
                                r -> {
                                    Household h =
                                            r.create(
                                                    request.kind(),
                                                    request.label(),
                                                    null,
                                                    memberships(request.members()),
                                                    caller.name());
                                    return Created.at("households/" + h.id(), view(r, h));
                                }));
    }

    /**
     * A page of groups, newest first ({@code after}: the cursor of the Link rel="next"), or the
     * group of one arrival.
     */
    @GET
    public Response list(
            @QueryParam("limit") String limit,
            @QueryParam("after") String after,
            @QueryParam("arrivalId") String arrivalId) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        Keyset from = Keyset.parse("after", after);
        Caller caller = Caller.of(security);
        return Paging.respond(
                desk.work(
                        r -> {
                            Page<Household> found =
                                    arrivalId != null
                                            ? new Page<>(
                                                    java.util.stream.Stream.ofNullable(
                                                                    r.of(arrivalId))
                                                            .toList(),
                                                    null)
                                            : r.active(from, max);
                            r.listed(caller.name(), found.items());
                            return found.map(h -> view(r, h));
                        }),
                uri);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        return desk.work(
                r -> {
                    Household h = r.find(id);
                    r.audited(caller.name(), "household.read", id, null);
                    return tagged(r, h, Response.ok());
                });
    }

    @POST
    @Path("{id}/members")
    public Response addMember(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the member as JSON") MemberInput member) {
        Caller caller = Caller.of(security);
        return desk.work(
                r ->
                        tagged(
                                r,
                                r.addMember(id, ifMatch, member.toMembership(), caller.name()),
                                Response.ok()));
    }

    /** 201 with the new group; the group split from has a new version. */
    @POST
    @Path("{id}/split")
    public Response split(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the split as JSON") SplitRequest request) {
        Caller caller = Caller.of(security);
        return desk.work(
                r -> {
                    Household split =
                            r.split(
                                    id,
                                    ifMatch,
                                    memberships(request.members()),
                                    request.remainingFocalPoint(),
                                    request.label(),
                                    caller.name());
                    return tagged(
                            r,
                            split,
                            Response.created(
                                    uri.getBaseUriBuilder()
                                            .path("households")
                                            .path(split.id())
                                            .build()));
                });
    }

    @POST
    @Path("{id}/merge")
    public Response merge(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the merge as JSON") MergeRequest request) {
        Caller caller = Caller.of(security);
        return desk.work(
                r ->
                        tagged(
                                r,
                                r.merge(
                                        id,
                                        ifMatch,
                                        request.householdId(),
                                        request.version(),
                                        request.relationships() == null
                                                ? List.of()
                                                : memberships(request.relationships()),
                                        caller.name()),
                                Response.ok()));
    }

    private static Response tagged(
            HouseholdRegister r, Household h, Response.ResponseBuilder response) {
        r.flush(); // the version (ETag) is the one written
        return response.entity(view(r, h)).tag(Versions.etag(h.version())).build();
    }

    private static HouseholdView view(HouseholdRegister r, Household h) {
        r.flush();
        return HouseholdView.of(
                h,
                h.status() == HouseholdStatus.ACTIVE ? r.childFlags(h) : java.util.Map.of(),
                r.history(h.id()));
    }

    private static List<Membership> memberships(List<MemberInput> members) {
        return members.stream().map(MemberInput::toMembership).toList();
    }
}
