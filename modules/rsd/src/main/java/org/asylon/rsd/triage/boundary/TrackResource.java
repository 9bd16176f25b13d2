package org.asylon.rsd.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.boundary.ApplicationView;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.triage.control.TriageDesk;
import org.asylon.rsd.triage.entity.TrackHistory;

/** An application's track: its history (GET) and an officer's override with reasons (PUT). */
@Path("applications/{id}/track")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class TrackResource {

    @Inject TriageDesk desk;

    @Inject CaseAccess access;

    @Inject AuditTrail audit;

    @Inject ApplicationDesk applications;

    @Context SecurityContext security;

    @PUT
    public Response override(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the override as JSON") TrackOverride request) {
        AsylumApplication a =
                desk.override(
                        id,
                        ifMatch,
                        request.track(),
                        request.ground(),
                        request.reasons(),
                        Caller.of(security));
        return Response.ok(ApplicationView.of(a)).tag(Versions.etag(a.version())).build();
    }

    /**
     * Every assignment of the case, oldest first, with the rule, ground and (for overrides)
     * reasons.
     */
    @GET
    @Path("history")
    @Transactional
    @RolesAllowed({
        Roles.ELIGIBILITY_OFFICER,
        Roles.RSD_SUPERVISOR,
        Roles.APPEAL_OFFICER,
        Roles.LEGAL_REPRESENTATIVE
    })
    public List<TrackHistoryView> history(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = applications.find(id);
        access.requireSummary(a, caller);
        audit.record(
                caller.name(), "application.track-history.read", "asylum-application", id, null);
        List<TrackHistory> history = desk.history(id);
        boolean holder =
                history.stream().anyMatch(h -> h.reason() != null)
                        && access.contentFor(a, caller, "track-reasons").isPresent();
        return history.stream().map(h -> TrackHistoryView.of(h, holder)).toList();
    }
}
