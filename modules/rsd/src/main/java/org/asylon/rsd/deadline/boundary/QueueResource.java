package org.asylon.rsd.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.deadline.control.Caseload;
import org.asylon.rsd.deadline.control.DeadlineBook;

/**
 * The caseload queue: open applications, priority first, then the nearest deadline. An eligibility
 * officer sees their own files unless they ask for another officer's ({@code officer=name}), the
 * unassigned ones ({@code officer=none}) or all ({@code officer=any}); a supervisor sees all by
 * default.
 */
@Path("queue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class QueueResource {

    @Inject Caseload caseload;

    @Inject DeadlineBook book;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<QueueEntryView> queue(
            @QueryParam("track") String track,
            @QueryParam("officer") String officer,
            @QueryParam("limit") String limit,
            @QueryParam("offset") String offset) {
        Caller caller = Caller.of(security);
        int max = QueryParams.limit("limit", limit, 50, 500);
        int skip =
                (int) Math.min(QueryParams.nonNegativeLong("offset", offset, 0), Integer.MAX_VALUE);
        Caseload.Holder holder = holder(officer, caller);
        LocalDate today = book.today();
        Period window = book.alertWindow();
        List<QueueEntryView> entries =
                caseload
                        .queue(track == null || track.isBlank() ? null : track, holder, skip, max)
                        .stream()
                        .map(e -> QueueEntryView.of(e, today, window))
                        .toList();
        audit.record(
                caller.name(),
                "application.queue.read",
                "application-list",
                "queue",
                holder
                        + (track == null ? "" : ", track " + track)
                        + ": "
                        + entries.size()
                        + " record(s)");
        return entries;
    }

    private static Caseload.Holder holder(String officer, Caller caller) {
        if (officer == null || officer.isBlank()) {
            return caller.has(Roles.RSD_SUPERVISOR)
                    ? new Caseload.Holder.Anyone()
                    : new Caseload.Holder.Officer(caller.name());
        }
        return switch (officer.trim()) {
            case "any" -> new Caseload.Holder.Anyone();
            case "none" -> new Caseload.Holder.Unassigned();
            default -> new Caseload.Holder.Officer(officer.trim());
        };
    }
}
