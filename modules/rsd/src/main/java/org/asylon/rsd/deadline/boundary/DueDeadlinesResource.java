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
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.deadline.control.DeadlineBook;

/**
 * The sweep: every open deadline that falls due within {@code within} (an ISO-8601 period, default
 * P14D) from today, overdue ones included, by due date, in pages ({@code limit}, {@code after} =
 * the {@code nextAfter} of the previous page).
 */
@Path("deadlines/due")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER})
public class DueDeadlinesResource {

    /** The longest sweep: five years. */
    static final Period LONGEST = Period.ofYears(5);

    @Inject DeadlineBook book;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public DueDeadlines due(
            @QueryParam("within") String within,
            @QueryParam("limit") String limit,
            @QueryParam("after") String after) {
        Period period = period(within);
        int max = QueryParams.limit("limit", limit, 100, 1000);
        Long from =
                after == null || after.isBlank()
                        ? null
                        : QueryParams.nonNegativeLong("after", after, 0);
        DeadlineBook.DuePage page = book.due(period, from, max);
        Period window = book.alertWindow();
        audit.record(
                Caller.of(security).name(),
                "deadlines.swept",
                "case-deadline",
                "due",
                "within " + period + ": " + page.deadlines().size() + " record(s)");
        return new DueDeadlines(
                period.toString(),
                page.today(),
                page.until(),
                page.deadlines().stream()
                        .map(d -> CaseDeadlineView.of(d, page.today(), window))
                        .toList(),
                page.nextAfter());
    }

    /**
     * The period to sweep: an ISO-8601 period of at most {@link #LONGEST} (no RSD time limit runs
     * longer, and a longer one would reach dates the calendar cannot compute).
     */
    static Period period(String within) {
        if (within == null || within.isBlank()) {
            return Period.ofDays(14);
        }
        Period p;
        try {
            p = Period.parse(within.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(
                    "within", "an ISO-8601 period such as P14D, P2W or P1M");
        }
        if (p.isNegative()) {
            throw ProblemException.badRequest("within", "must not be negative");
        }
        if (!fitsIn(p, LONGEST)) {
            throw ProblemException.badRequest(
                    "within", "must be at most " + LONGEST + " (" + p + " is longer)");
        }
        return p;
    }

    /**
     * Whether {@code p} is no longer than {@code limit}, from any day (no arithmetic overflow on
     * huge periods).
     */
    private static boolean fitsIn(Period p, Period limit) {
        long months = p.toTotalMonths();
        long days = p.getDays();
        return months >= 0
                && days >= 0
                && months <= limit.toTotalMonths()
                && months * 31 + days <= limit.toTotalMonths() * 31;
    }
}
