package org.asylon.detention.conditions.boundary;

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
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** A person's confinement record with its runs of solitary confinement (an audited read). */
@Path("people/{personId}/confinement")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY, Roles.MONITOR})
public class ConfinementResource {

    @Inject Confinements confinements;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public ConfinementView read(@PathParam("personId") String personId) {
        Confinements.Record record = confinements.of(personId);
        audit.record(
                Caller.of(security).name(),
                "confinement.read",
                "person",
                personId,
                record.days().size() + " day(s)");
        return ConfinementView.of(record);
    }
}
