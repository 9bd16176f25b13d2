package org.asylon.rsd.application.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.Map;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.CaseloadFilter;
import org.asylon.rsd.application.control.FileHolders;
import org.asylon.rsd.application.control.ListCursor;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Stage;

/**
 * Applications: opened at the desk (or from reception's feed), registered, lodged, assigned,
 * withdrawn.
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class ApplicationsResource {

    @Inject ApplicationDesk desk;

    @Inject CaseAccess access;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response open(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the application as JSON") NewApplication request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST applications",
                request,
                uri,
                () -> {
                    AsylumApplication application =
                            desk.openAtDesk(request.toDesk(), caller.name());
                    return Created.at(
                            "applications/" + application.id(), ApplicationView.of(application));
                });
    }

    /**
     * The caseload: filter by stage, track, officer and the reception arrival it came from; a
     * representative sees only their clients. Keyset pages: the next one is at the Link rel="next"
     * (absent on the last).
     */
    @GET
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public Response list(
            @QueryParam("stage") Stage stage,
            @QueryParam("track") String track,
            @QueryParam("officer") String officer,
            @QueryParam("sourceArrivalId") String sourceArrivalId,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        Caller caller = Caller.of(security);
        ApplicationDesk.Page page =
                desk.caseload(
                        new CaseloadFilter(
                                stage,
                                track,
                                officer,
                                sourceArrivalId == null || sourceArrivalId.isBlank()
                                        ? null
                                        : sourceArrivalId.trim()),
                        caller,
                        ListCursor.parse("after", after),
                        max);
        audit.record(
                caller.name(),
                "application.listed",
                "application-list",
                "all",
                page.applications().size()
                        + " record(s)"
                        + (sourceArrivalId == null ? "" : " of arrival " + sourceArrivalId));
        Response.ResponseBuilder answer =
                Response.ok(page.applications().stream().map(ApplicationView::of).toList());
        if (page.next() != null) {
            answer.link(
                    uri.getRequestUriBuilder()
                            .replaceQueryParam("after", page.next().token())
                            .replaceQueryParam("limit", max)
                            .build(),
                    "next");
        }
        return answer.build();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public Response one(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = desk.find(id);
        access.requireSummary(a, caller);
        audit.record(caller.name(), "application.read", "asylum-application", id, null);
        return withTag(a);
    }

    @POST
    @Path("{id}/registration")
    public Response register(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            StageChange change) {
        return withTag(
                desk.register(
                        id, ifMatch, change == null ? null : change.at(), Caller.of(security)));
    }

    @POST
    @Path("{id}/lodging")
    public Response lodge(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            StageChange change) {
        return withTag(
                desk.lodge(id, ifMatch, change == null ? null : change.at(), Caller.of(security)));
    }

    /** Assigning the file is the supervisor's: it decides who may read the case's content. */
    @PUT
    @Path("{id}/holders")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response assign(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the holders as JSON") Holders holders) {
        return withTag(
                desk.assignHolders(
                        id,
                        ifMatch,
                        new FileHolders(
                                holders.officer(),
                                holders.reviewer(),
                                holders.appealOfficer(),
                                holders.representative()),
                        Caller.of(security).name()));
    }

    /**
     * The interview language and same-gender requests, e.g. for an application that came from
     * reception's feed.
     */
    @PUT
    @Path("{id}/interpreter")
    public Response recordInterpreterNeeds(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the interpreter needs as JSON")
                    NewApplication.InterpreterRequest request) {
        return withTag(
                desk.recordInterpreterNeeds(id, ifMatch, request.needs(), Caller.of(security)));
    }

    @POST
    @Path("{id}/withdrawal")
    public Response withdraw(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the withdrawal as JSON") Withdrawal withdrawal) {
        return withTag(desk.withdraw(id, ifMatch, withdrawal.outcome(), Caller.of(security)));
    }

    /**
     * The person asks for protection again after their claim was withdrawn: the profile's
     * asylum.renewed-request reopens the claim (the same application, pending again) or opens a
     * subsequent application linked to it. Like making an application at the desk, any eligibility
     * officer records it.
     */
    @POST
    @Path("{id}/renewal")
    public Response renew(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            RenewedRequest request) {
        Caller caller = Caller.of(security);
        RenewedRequest asked = request == null ? new RenewedRequest(null, null) : request;
        return creations.respond(
                key,
                caller,
                "POST applications/renewal",
                Map.of("application", id, "request", asked),
                uri,
                () -> {
                    ApplicationDesk.Renewal renewal =
                            desk.renew(id, asked.at(), asked.madeWhere(), caller.name());
                    return Created.at(
                            "applications/" + renewal.application().id(),
                            ApplicationView.of(renewal.application()));
                });
    }

    private Response withTag(AsylumApplication a) {
        return Response.ok(ApplicationView.of(a)).tag(Versions.etag(a.version())).build();
    }
}
