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
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * The alert queue: open alerts most urgent first, or the resolved ones. Monitors read it too: what
 * the authority must act on is what a monitor checks first. A facility manager, who manages
 * buildings and reads no person's record, sees the alerts on rooms only.
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
            @QueryParam("limit") String limitText) {
        AlertKind wanted = kind(kind);
        int limit = QueryParams.limit("limit", limitText, 100, MAX_RESOLVED);
        Caller caller = Caller.of(security);
        if (limit < 1 || limit > MAX_RESOLVED) {
            throw ProblemException.badRequest("limit", "must be between 1 and " + MAX_RESOLVED);
        }
        List<AlertView> found =
                switch (state) {
                    case "open" ->
                            alerts.open(wanted).stream()
                                    .filter(a -> visibleTo(caller, a.kind()))
                                    .map(AlertView::of)
                                    .toList();
                    case "resolved" ->
                            alerts.resolved(wanted, limit).stream()
                                    .filter(a -> visibleTo(caller, a.kind()))
                                    .map(AlertView::of)
                                    .toList();
                    default ->
                            throw ProblemException.badRequest("state", "must be open or resolved");
                };
        audit.record(
                caller.name(),
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
        Caller caller = Caller.of(security);
        AlertView view = AlertView.of(alerts.find(id));
        if (!visibleTo(caller, view.kind())) {
            // as if absent: whether an alert exists on a person is itself about that person
            throw ProblemException.notFound("alert", id);
        }
        audit.record(caller.name(), "alert.read", "alert", id, view.kind().name());
        return view;
    }

    /** Facility managers see the alerts on rooms; the detention roles and monitors see all. */
    static boolean visibleTo(Caller caller, AlertKind kind) {
        return kind == AlertKind.ROOM_OVER_CAPACITY
                || caller.has(Roles.DETENTION_OFFICER)
                || caller.has(Roles.DETENTION_AUTHORITY)
                || caller.has(Roles.MONITOR);
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
