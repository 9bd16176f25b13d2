package org.asylon.rsd.decision.boundary;

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
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.decision.control.DecisionDesk;
import org.asylon.rsd.decision.control.Dependants;
import org.asylon.rsd.decision.control.NotificationRecord;
import org.asylon.rsd.decision.control.Proposal;
import org.asylon.rsd.decision.entity.Decision;

/**
 * The first-instance decision of an application. The summary ({@code GET}) and the reasons ({@code
 * GET reasons}, file holders only, audited) are separate responses, so that the reasons never
 * travel where the outcome is enough.
 */
@Path("applications/{id}/decision")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class DecisionsResource {

    @Inject DecisionDesk desk;

    @Inject CaseAccess access;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    /**
     * Takes the decision (the assigned officer or a supervisor): a draft under four-eyes review,
     * else issued.
     */
    @POST
    public Response decide(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the decision as JSON") NewDecision request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications/decision",
                Map.of("application", id, "decision", request),
                uri,
                () -> {
                    Decision d =
                            desk.decide(
                                    id,
                                    new Proposal(
                                            request.outcome(),
                                            request.legalBasis(),
                                            request.inadmissibilityGround(),
                                            request.country(),
                                            request.reasons(),
                                            request.unhcrReference(),
                                            request.unhcrDecidedOn()),
                                    caller);
                    return Created.at(
                            "applications/" + id + "/decision",
                            DecisionView.of(d, null, desk.today()));
                });
    }

    /**
     * The decision's summary, without reasons; for a dependant covered by the principal's claim,
     * the principal's.
     */
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
        AsylumApplication a = desk.application(id);
        access.requireSummary(a, caller);
        String derivativeOf = Dependants.derivative(a) ? a.principalId() : null;
        Decision d = desk.latestVisibleTo(derivativeOf == null ? id : derivativeOf, caller);
        audit.record(caller.name(), "decision.read", "asylum-application", id, d.id());
        return Response.ok(DecisionView.of(d, derivativeOf, desk.today()))
                .tag(Versions.etag(d.version()))
                .build();
    }

    /**
     * Every decision on the application, newest first (returned drafts and decisions set aside
     * included).
     */
    @GET
    @Path("history")
    @Transactional
    @RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER})
    public List<DecisionView> history(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = desk.application(id);
        access.requireSummary(a, caller);
        List<Decision> all = desk.history(id);
        audit.record(
                caller.name(),
                "decision.history-read",
                "asylum-application",
                id,
                all.size() + " decision(s)");
        return all.stream().map(d -> DecisionView.of(d, null, desk.today())).toList();
    }

    /**
     * The written reasons and review comments: RSD content, for the file holders only, every read
     * audited.
     */
    @GET
    @Path("reasons")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public DecisionReasonsView reasons(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = desk.application(id);
        if (!Dependants.derivative(a)) {
            access.requireContent(a, caller, "decision");
            return DecisionReasonsView.of(desk.latestVisibleTo(id, caller));
        }
        AsylumApplication principal = desk.application(a.principalId());
        access.requireContentThrough(a, principal, caller, "decision");
        return DecisionReasonsView.of(desk.latestVisibleTo(principal.id(), caller));
    }

    /** The second officer approves or returns a draft (If-Match: the decision's ETag). */
    @POST
    @Path("review")
    public Response review(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the review as JSON") Review review) {
        Decision d =
                desk.review(
                        id,
                        ifMatch,
                        review.action() == Review.Action.APPROVE,
                        review.comments(),
                        Caller.of(security));
        return Response.ok(DecisionView.of(d, null, desk.today()))
                .tag(Versions.etag(d.version()))
                .build();
    }

    /**
     * The notification record: the application is NOTIFIED and the appeal window, with its rule, is
     * returned.
     */
    @POST
    @Path("notification")
    public Response notification(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the notification as JSON") NewNotification request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications/decision/notification",
                Map.of("application", id, "notification", request),
                uri,
                () -> {
                    Decision d =
                            desk.notify(
                                    id,
                                    new NotificationRecord(
                                            request.notifiedAt(),
                                            request.language(),
                                            request.method(),
                                            request.appealInformationGiven(),
                                            request.appealInformationText()),
                                    caller);
                    return Created.at(
                            "applications/" + id + "/decision",
                            DecisionView.of(d, null, desk.today()));
                });
    }
}
