package org.asylon.readmission.transfer.boundary;

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
import org.asylon.readmission.transfer.control.TransferChecks;
import org.asylon.readmission.transfer.control.Transfers;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferCheck;

/**
 * One transfer: the readmission authority decides it; the desk records the appeal and its outcome,
 * extends the period, assesses protection in the receiving state and executes the transfer after
 * the protection check of that moment. Each change needs the transfer's {@code ETag} in {@code
 * If-Match}.
 */
@Path("transfers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class TransferResource {

    /** A check as the API shows it. */
    public record CheckView(
            String id,
            java.time.Instant checkedAt,
            String checkedBy,
            String source,
            boolean cleared,
            String findings) {
        static CheckView of(TransferCheck c) {
            return new CheckView(
                    c.id(), c.checkedAt(), c.checkedBy(), c.source(), c.cleared(), c.findings());
        }
    }

    @Inject Transfers transfers;

    @Inject TransferChecks checks;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public Response get(@PathParam("id") String id) {
        return view(transfers.require(id));
    }

    @POST
    @Path("decision")
    @Transactional
    @RolesAllowed(Roles.READMISSION_AUTHORITY)
    public Response decide(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the decision as JSON")
                    TransferInputs.Decision request) {
        match(id, ifMatch);
        return view(transfers.decide(id, request.notifiedAt(), name()));
    }

    @POST
    @Path("appeal")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response appeal(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the appeal as JSON") TransferInputs.Appeal request) {
        match(id, ifMatch);
        return view(transfers.appealLodged(id, request.lodgedAt(), name()));
    }

    @POST
    @Path("appeal-decision")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response appealDecision(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the appeal decision as JSON")
                    TransferInputs.AppealDecision request) {
        match(id, ifMatch);
        return view(transfers.appealDecided(id, request.upheld(), request.decidedAt(), name()));
    }

    @POST
    @Path("extension")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response extend(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the extension as JSON")
                    TransferInputs.NewExtension request) {
        match(id, ifMatch);
        return view(transfers.extend(id, request.extension(), request.reasons(), name()));
    }

    @POST
    @Path("protection-assessments")
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response assess(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the assessment as JSON")
                    TransferInputs.Assessment request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST transfers/protection-assessments",
                Map.of("id", id, "assessment", request),
                uri,
                () -> {
                    ProtectionAssessment a = transfers.assess(id, request.toInput(), caller.name());
                    return Created.at("transfers/" + id, TransferView.AssessmentView.of(a));
                });
    }

    @POST
    @Path("execution")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response execute(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the execution as JSON")
                    TransferInputs.Execution request) {
        match(id, ifMatch);
        return view(transfers.execute(id, request.check(), name()));
    }

    /** Every protection check of the transfer, cleared or refused. */
    @GET
    @Path("checks")
    @Transactional
    public List<CheckView> checks(@PathParam("id") String id) {
        transfers.require(id);
        return checks.of(id).stream().map(CheckView::of).toList();
    }

    private void match(String id, String ifMatch) {
        Versions.requireMatch(ifMatch, transfers.require(id).version());
    }

    private String name() {
        return Caller.of(security).name();
    }

    private Response view(Transfer t) {
        return Response.ok(TransferView.of(t, transfers.assessments(t.id())))
                .tag(Versions.etag(t.version()))
                .build();
    }
}
