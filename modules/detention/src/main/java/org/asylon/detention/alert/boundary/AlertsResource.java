package org.asylon.detention.alert.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.detention.alert.control.Alerts;
import org.asylon.detention.alert.entity.AlertKind;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * The alert queue: open alerts most urgent first, or the resolved ones. Monitors read it too: what
 * the authority must act on is what a monitor checks first.
 */
@Path("alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.MONITOR
})
public class AlertsResource {

    private static final int MAX_RESOLVED = 500;

    @Inject Alerts alerts;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<AlertView> list(
            @QueryParam("state") @DefaultValue("open") String state,
            @QueryParam("kind") String kind,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        AlertKind wanted = kind(kind);
        if (limit < 1 || limit > MAX_RESOLVED) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_RESOLVED);
        }
        List<AlertView> found =
                switch (state) {
                    case "open" -> alerts.open(wanted).stream().map(AlertView::of).toList();
                    case "resolved" ->
                            alerts.resolved(wanted, limit).stream().map(AlertView::of).toList();
                    default ->
                            throw ProblemException.badRequest("state", "must be open or resolved");
                };
        audit.record(
                Caller.of(security).name(),
                "alert.listed",
                "alert-list",
                "all",
                state + (wanted == null ? "" : " " + wanted) + ": " + found.size());
        return found;
    }

    @GET
    @Path("{id}")
    @Transactional
    public AlertView one(@PathParam("id") String id) {
        AlertView view = AlertView.of(alerts.find(id));
        audit.record(Caller.of(security).name(), "alert.read", "alert", id, view.kind().name());
        return view;
    }

    private static AlertKind kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return AlertKind.valueOf(kind.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "kind", "must be one of " + java.util.Arrays.toString(AlertKind.values()));
        }
    }
}
