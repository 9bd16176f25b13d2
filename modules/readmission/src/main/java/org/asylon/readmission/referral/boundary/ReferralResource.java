package org.asylon.readmission.referral.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.referral.control.Referrals;

/** One referral: the desk dismisses it, with its reasons, when it will not ask the country. */
@Path("referrals/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LIAISON_OFFICER)
public class ReferralResource {

    /** Why the desk will not ask. */
    public record Dismissal(@NotBlank @Size(max = 2000) String reasons) {}

    @Inject Referrals referrals;

    @Context SecurityContext security;

    @POST
    @Path("dismissal")
    @Transactional
    public ReferralView dismiss(
            @PathParam("id") String id,
            @Valid @NotNull(message = "send the reasons as JSON") Dismissal request) {
        return ReferralView.of(
                referrals.dismiss(id, request.reasons(), Caller.of(security).name()));
    }
}
