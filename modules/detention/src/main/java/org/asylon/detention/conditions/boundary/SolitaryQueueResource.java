package org.asylon.detention.conditions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.control.SolitaryProfile;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Everyone in prohibited prolonged solitary confinement now and everyone in solitary confinement
 * today (Mandela Rules 43(1)(b), 44), for the detention authority and monitors.
 */
@Path("confinement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.MONITOR})
public class SolitaryQueueResource {

    @Inject Confinements confinements;

    @Inject SolitaryProfile profile;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Path("prolonged")
    @Transactional
    public SolitaryQueueView prolonged() {
        LocalDate today = confinements.today();
        List<SolitaryQueueView.Entry> prolonged =
                confinements.prolongedNow().stream().map(SolitaryQueueView.Entry::of).toList();
        List<SolitaryQueueView.Entry> solitary =
                confinements.solitaryOn(today).stream().map(SolitaryQueueView.Entry::of).toList();
        audit.record(
                Caller.of(security).name(),
                "confinement.prolonged.listed",
                "confinement-list",
                today.toString(),
                prolonged.size() + " prolonged, " + solitary.size() + " solitary today");
        return new SolitaryQueueView(
                today, profile.standard().prolongedDays(), prolonged, solitary);
    }
}
