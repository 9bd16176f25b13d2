package org.asylon.returns.gate.boundary;

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
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.gate.control.ProtectionStatuses;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * A person's protection state as the gate sees it now, asked by readmission's liaison desk (with
 * its service credentials) right before a transfer is executed.
 */
@Path("protection-status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.LIAISON_OFFICER,
    Roles.RETURN_OFFICER,
    Roles.RETURN_AUTHORITY,
    Roles.RETURN_OPERATIONS
})
public class ProtectionStatusResource {

    @Inject ProtectionStatuses statuses;

    @Context SecurityContext security;

    @GET
    @Transactional
    public ProtectionStatusView status(
            @QueryParam("rsdApplicationId") String rsdApplicationId,
            @QueryParam("arrivalId") String arrivalId,
            @QueryParam("encounterId") String encounterId,
            @QueryParam("destination") String destination) {
        return ProtectionStatusView.of(
                statuses.status(
                        new ReturnCase.Links(rsdApplicationId, arrivalId, encounterId),
                        destination,
                        Caller.of(security)));
    }
}
