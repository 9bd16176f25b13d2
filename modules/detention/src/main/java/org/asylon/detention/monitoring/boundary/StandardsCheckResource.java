package org.asylon.detention.monitoring.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.detention.monitoring.control.FacilityCheck;
import org.asylon.detention.monitoring.control.StandardsCheck;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** A place against the standards right now: a monitor's starting point for a visit. */
@Path("facilities/{id}/standards-check")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MONITOR)
public class StandardsCheckResource {

    @Inject StandardsCheck check;

    @Context SecurityContext security;

    @GET
    public FacilityCheck now(@PathParam("id") String facilityId) {
        return check.check(facilityId, Caller.of(security).name());
    }
}
