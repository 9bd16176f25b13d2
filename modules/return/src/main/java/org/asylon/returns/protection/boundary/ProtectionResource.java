package org.asylon.returns.protection.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.protection.control.ProtectionDesk;
import org.asylon.returns.protection.control.ProtectionFile;
import org.asylon.returns.protection.control.ProtectionReading;
import org.asylon.returns.protection.control.ProtectionRequests;
import org.asylon.returns.protection.entity.InterimMeasure;

/**
 * A case's person's protection: what RSD and the border report, and what return's staff hear and
 * record — requests for protection (anyone of the return staff who hears one records it), stays of
 * removal, best-interests determinations.
 */
@Path("cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
public class ProtectionResource {

    @Inject ProtectionReading reading;

    @Inject ProtectionRequests requests;

    @Inject ProtectionDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Path("protection")
    @Transactional
    public ProtectionView protection(@PathParam("id") String id) {
        return view(reading.read(id, Caller.of(security)));
    }

    @POST
    @Path("protection-requests")
    public Response request(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the request as JSON") NewRequest request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/protection-requests",
                Map.of("case", id, "request", request),
                uri,
                () -> {
                    var heard =
                            requests.heard(
                                    id,
                                    request.madeAt(),
                                    request.where(),
                                    request.fearedCountries() == null
                                            ? List.of()
                                            : request.fearedCountries(),
                                    caller);
                    return Created.at(
                            "cases/" + id + "/protection", ProtectionView.RequestView.of(heard));
                });
    }

    @POST
    @Path("interim-measures")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY})
    public Response stay(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the interim measure as JSON") NewStay request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/interim-measures",
                Map.of("case", id, "measure", request),
                uri,
                () -> {
                    InterimMeasure m =
                            desk.stay(
                                    id,
                                    request.body().strip(),
                                    request.reference().strip(),
                                    request.orderedAt(),
                                    request.until(),
                                    caller);
                    return Created.at(
                            "cases/" + id + "/interim-measures/" + m.id(),
                            ProtectionView.StayView.of(m, m.recordedAt()));
                });
    }

    @GET
    @Path("interim-measures/{measureId}")
    @Transactional
    public Response stayOf(@PathParam("id") String id, @PathParam("measureId") String measureId) {
        ProtectionFile file = reading.read(id, Caller.of(security));
        InterimMeasure m = desk.stayOf(id, measureId);
        return Response.ok(ProtectionView.StayView.of(m, file.at()))
                .tag(Versions.etag(m.version()))
                .build();
    }

    @POST
    @Path("interim-measures/{measureId}/lifting")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY})
    @Transactional
    public Response lift(
            @PathParam("id") String id,
            @PathParam("measureId") String measureId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "send the lifting decision as JSON") StayLifting request) {
        InterimMeasure m =
                desk.lift(
                        id,
                        measureId,
                        ifMatch,
                        request.reference().strip(),
                        request.liftedAt(),
                        Caller.of(security));
        return Response.ok(ProtectionView.StayView.of(m, m.liftedAt()))
                .tag(Versions.etag(m.version()))
                .build();
    }

    @POST
    @Path("best-interests-determinations")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY})
    public Response determination(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the determination as JSON") NewDetermination request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/best-interests-determinations",
                Map.of("case", id, "determination", request),
                uri,
                () -> {
                    var d =
                            desk.determined(
                                    id,
                                    request.body().strip(),
                                    request.reference().strip(),
                                    request.determinedAt(),
                                    request.finding(),
                                    caller);
                    return Created.at(
                            "cases/" + id + "/protection", ProtectionView.DeterminationView.of(d));
                });
    }

    static ProtectionView view(ProtectionFile f) {
        return new ProtectionView(
                f.caseId(),
                f.rsdFollowed(),
                f.child(),
                f.claims().stream().map(ProtectionView.ClaimView::of).toList(),
                f.requests().stream().map(ProtectionView.RequestView::of).toList(),
                f.stays().stream().map(m -> ProtectionView.StayView.of(m, f.at())).toList(),
                f.determinations().stream().map(ProtectionView.DeterminationView::of).toList(),
                f.fearedCountries());
    }
}
