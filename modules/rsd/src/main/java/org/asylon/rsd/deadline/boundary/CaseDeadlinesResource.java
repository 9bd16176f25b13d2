package org.asylon.rsd.deadline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.time.Period;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.control.ApplicationDesk;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.deadline.control.DeadlineBook;

/** The deadlines of one case, each with its rule, basis, explanation, due date and status today. */
@Path("applications/{id}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.ELIGIBILITY_OFFICER,
    Roles.RSD_SUPERVISOR,
    Roles.APPEAL_OFFICER,
    Roles.LEGAL_REPRESENTATIVE
})
public class CaseDeadlinesResource {

    @Inject DeadlineBook book;

    @Inject CaseAccess access;

    @Inject AuditTrail audit;

    @Inject ApplicationDesk applications;

    @Context SecurityContext security;

    @GET
    @Transactional
    public CaseDeadlines deadlines(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        AsylumApplication a = applications.find(id);
        access.requireSummary(a, caller);
        LocalDate today = book.today();
        Period window = book.alertWindow();
        CaseDeadlines view =
                new CaseDeadlines(
                        id,
                        book.profileName(),
                        today,
                        window.toString(),
                        book.deadlines(id).stream()
                                .map(d -> CaseDeadlineView.of(d, today, window))
                                .toList(),
                        book.notStarted(a).stream()
                                .map(
                                        d ->
                                                new CaseDeadlines.NotStarted(
                                                        d.rule(), d.basis(), d.explanation()))
                                .toList());
        audit.record(caller.name(), "application.deadlines.read", "asylum-application", id, null);
        return view;
    }
}
