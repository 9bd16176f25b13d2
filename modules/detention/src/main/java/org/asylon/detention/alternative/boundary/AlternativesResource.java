package org.asylon.detention.alternative.boundary;

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
import org.asylon.detention.alternative.control.Alternatives;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.detention.alternative.entity.AlternativeStatus;
import org.asylon.detention.alternative.entity.ComplianceRecord;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Alternatives to detention: read, list, compliance, end. */
@Path("alternatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AlternativesResource {

    @Inject Alternatives alternatives;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @RolesAllowed({
        Roles.DETENTION_OFFICER,
        Roles.DETENTION_AUTHORITY,
        Roles.COURT_CLERK,
        Roles.MONITOR
    })
    public Response list(
            @QueryParam("personId") String personId,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit) {
        if (personId != null && (personId.isBlank() || personId.length() > 36)) {
            throw ProblemException.badRequest("personId", "an id of at most 36 characters");
        }
        AlternativeStatus wanted = null;
        if (status != null) {
            try {
                wanted = AlternativeStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest("status", "must be ACTIVE or ENDED");
            }
        }
        return Response.ok(
                        alternatives
                                .list(
                                        personId,
                                        wanted,
                                        QueryParams.limit("limit", limit, 100, 500),
                                        Caller.of(security).name())
                                .stream()
                                .map(a -> AlternativeView.of(a, null))
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
        AlternativeOrder alternative = alternatives.read(id, Caller.of(security).name());
        return full(alternative);
    }

    /** A compliance record; a breach is a fact and changes nothing else. */
    @POST
    @Path("{id}/compliance")
    @RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY})
    public Response comply(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the compliance record as JSON") NewCompliance request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST alternatives/{id}/compliance",
                List.of(id, request),
                uri,
                () -> {
                    ComplianceRecord record =
                            alternatives.record(
                                    id,
                                    request.kind(),
                                    request.at(),
                                    request.note(),
                                    caller.name());
                    return Created.at(
                            "alternatives/" + id, AlternativeView.ComplianceView.of(record));
                });
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Roles.DETENTION_AUTHORITY)
    public Response end(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid AlternativeEnd request) {
        AlternativeOrder alternative =
                alternatives.end(
                        id,
                        ifMatch,
                        request == null ? null : request.at(),
                        Caller.of(security).name());
        return full(alternative);
    }

    private Response full(AlternativeOrder alternative) {
        return Response.ok(
                        AlternativeView.of(alternative, alternatives.compliance(alternative.id())))
                .tag(Versions.etag(alternative.version()))
                .build();
    }
}
