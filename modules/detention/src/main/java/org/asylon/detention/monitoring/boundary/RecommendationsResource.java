package org.asylon.detention.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.Map;
import org.asylon.detention.monitoring.control.Recommendations;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Recommendations, read by monitors and by the detention authority that answers them, followed up
 * by monitors; never rewritten or deleted. The detention roles reach the reads and changes so that
 * the control refuses and records their attempts.
 */
@Path("recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.MONITOR,
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.COURT_CLERK
})
public class RecommendationsResource {

    @Inject Recommendations recommendations;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    public List<RecommendationView> list(
            @QueryParam("answered") String answered,
            @QueryParam("overdue") String overdue,
            @QueryParam("facilityId") String facilityId,
            @QueryParam("limit") String limit) {
        return recommendations
                .list(
                        flag("answered", answered),
                        Boolean.TRUE.equals(flag("overdue", overdue)),
                        facilityId,
                        QueryParams.limit("limit", limit, 100, 1000),
                        Caller.of(security))
                .stream()
                .map(RecommendationView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        return withTag(recommendations.find(id, Caller.of(security)));
    }

    @POST
    @Path("{id}/responses")
    @RolesAllowed(Roles.DETENTION_AUTHORITY)
    public Response respond(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the response as JSON") NewResponse request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST recommendations/responses",
                Map.of("recommendation", id, "response", request),
                uri,
                () ->
                        Created.ok(
                                RecommendationView.of(
                                        recommendations.answer(
                                                id,
                                                request.stance(),
                                                request.response(),
                                                request.plannedBy(),
                                                caller))));
    }

    @PUT
    @Path("{id}/follow-up")
    public Response followUp(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the follow-up as JSON") FollowUpChange request) {
        return withTag(
                recommendations.followUp(
                        id, request.status(), request.note(), ifMatch, Caller.of(security)));
    }

    @PUT
    @Path("{id}")
    public Response replace(@PathParam("id") String id) {
        throw recommendations.refuseChange(id, "PUT", Caller.of(security));
    }

    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id) {
        throw recommendations.refuseChange(id, "PATCH", Caller.of(security));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        throw recommendations.refuseChange(id, "DELETE", Caller.of(security));
    }

    private static Response withTag(Recommendations.Filed filed) {
        return Response.ok(RecommendationView.of(filed))
                .tag(Versions.etag(filed.recommendation().version()))
                .build();
    }

    private static Boolean flag(String name, String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.badRequest(name, "must be true or false");
        };
    }
}
