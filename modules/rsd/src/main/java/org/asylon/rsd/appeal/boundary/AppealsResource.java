package org.asylon.rsd.appeal.boundary;

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
import java.util.Map;
import java.util.function.Supplier;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.appeal.control.AppealDecisionRequest;
import org.asylon.rsd.appeal.control.AppealDesk;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.decision.control.DecisionDesk;

/**
 * The appeal of an application: lodged (by the applicant's representative, or recorded by RSD staff
 * when the appeal body received it), admitted out of time or not, decided by the appeal officer.
 * Summary and reasons are separate responses.
 */
@Path("applications/{id}/appeal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.LEGAL_REPRESENTATIVE})
public class AppealsResource {

    @Inject AppealDesk desk;

    @Inject DecisionDesk decisions;

    @Inject CaseAccess access;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    /** Records the appeal; a late one is recorded and flagged, never refused. */
    @POST
    public Response lodge(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid
                    @NotNull(
                            message =
                                    "send the appeal as JSON, e.g. {\"lodgedAt\": \"2026-05-02T09:00:00Z\"}")
                    NewAppeal request) {
        Caller caller = Caller.of(security);
        return respond(
                key,
                caller,
                "POST applications/appeal",
                id,
                request,
                () -> desk.lodge(id, request.lodgedAt(), caller));
    }

    @GET
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public Response summary(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = decisions.application(id);
        access.requireSummary(a, caller);
        Appeal ap =
                desk.current(id)
                        .orElseThrow(() -> ProblemException.notFound("appeal on application", id));
        audit.record(caller.name(), "appeal.read", "asylum-application", id, ap.id());
        return Response.ok(AppealView.of(ap)).tag(Versions.etag(ap.version())).build();
    }

    /** The appeal body's reasons: RSD content, for the file holders only, every read audited. */
    @GET
    @Path("reasons")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public AppealReasonsView reasons(@PathParam("id") String id) {
        AsylumApplication a = decisions.application(id);
        access.requireContent(a, Caller.of(security), "appeal");
        return AppealReasonsView.of(
                desk.current(id)
                        .orElseThrow(() -> ProblemException.notFound("appeal on application", id)));
    }

    /**
     * A late appeal lodged after the decision became final: the appeal officer admits it out of
     * time, or not.
     */
    @POST
    @Path("admission")
    @RolesAllowed(Roles.APPEAL_OFFICER)
    public Response admission(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the admission as JSON") Admission request) {
        Caller caller = Caller.of(security);
        return respond(
                key,
                caller,
                "POST applications/appeal/admission",
                id,
                request,
                () -> desk.admission(id, request.admitted(), request.reasons(), caller));
    }

    /**
     * The appeal decision: CONFIRM, OVERTURN (with the new outcome and basis) or REMIT; reasons
     * required.
     */
    @POST
    @Path("decision")
    @RolesAllowed(Roles.APPEAL_OFFICER)
    public Response decide(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the appeal decision as JSON")
                    NewAppealDecision request) {
        Caller caller = Caller.of(security);
        return respond(
                key,
                caller,
                "POST applications/appeal/decision",
                id,
                request,
                () ->
                        desk.decide(
                                id,
                                new AppealDecisionRequest(
                                        request.result(),
                                        request.newOutcome(),
                                        request.legalBasis(),
                                        request.inadmissibilityGround(),
                                        request.country(),
                                        request.reasons()),
                                caller));
    }

    /**
     * Answers with the appeal; the application id is in the request, so one body sent for two cases
     * is no retry.
     */
    private Response respond(
            String key,
            Caller caller,
            String endpoint,
            String id,
            Object request,
            Supplier<Appeal> work) {
        return creations.respond(
                key,
                caller,
                endpoint,
                Map.of("application", id, "request", request),
                uri,
                () -> Created.at("applications/" + id + "/appeal", AppealView.of(work.get())));
    }
}
