package org.asylon.rsd.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.deadline.control.DeadlineBook;
import org.asylon.rsd.deadline.control.DeadlineSweep;
import org.asylon.rsd.deadline.entity.CaseDeadline;

/**
 * The sweep: every open deadline that falls due within {@code within} (an ISO-8601 period, default
 * P14D) from today, overdue ones included, by due date, in pages ({@code limit}, {@code after} = the
 * {@code nextAfter} of the previous page).
 */
@Path("deadlines/due")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER})
public class DueDeadlinesResource {

    @Inject
    DeadlineBook book;

    @Inject
    AuditTrail audit;

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    @GET
    @Transactional
    public DueDeadlines due(@QueryParam("within") String within, @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        Period period = period(within);
        int max = QueryParams.limit("limit", limit, 100, 1000);
        DeadlineSweep.After from = null;
        if (after != null && !after.isBlank()) {
            long id = QueryParams.nonNegativeLong("after", after, 0);
            CaseDeadline last = em.find(CaseDeadline.class, id);
            if (last == null) {
                throw ProblemException.badRequest("after", "no deadline " + id + "; pass the nextAfter of the previous page");
            }
            from = new DeadlineSweep.After(last.dueDate(), id);
        }
        LocalDate today = book.today();
        LocalDate until = today.plus(period);
        Period window = book.alertWindow();
        List<CaseDeadline> page = DeadlineSweep.due(em, until, from, max);
        Long next = page.size() == max ? page.get(page.size() - 1).id() : null;
        audit.record(security.getUserPrincipal().getName(), "deadlines.swept", "case-deadline", "due",
                "within " + period + ": " + page.size() + " record(s)");
        return new DueDeadlines(period.toString(), today, until,
                page.stream().map(d -> CaseDeadlineView.of(d, today, window)).toList(), next);
    }

    private static Period period(String within) {
        if (within == null || within.isBlank()) {
            return Period.ofDays(14);
        }
        try {
            Period p = Period.parse(within.trim());
            if (p.isNegative()) {
                throw ProblemException.badRequest("within", "must not be negative");
            }
            return p;
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("within", "an ISO-8601 period such as P14D, P2W or P1M");
        }
    }
}
