package org.asylon.returns.avrr.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.control.AvrrReferrals;
import org.asylon.returns.avrr.entity.AvrrReferral;

/** Referring a return case to an AVRR partner. */
@Path("cases/{id}/avrr-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseAvrrReferralsResource {

    @Inject AvrrReferrals referrals;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response refer(
            @PathParam("id") String caseId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the referral as JSON") NewAvrrReferral request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/{id}/avrr-referrals",
                List.of(caseId, request),
                uri,
                () -> {
                    AvrrReferral r =
                            referrals.refer(
                                    caseId, request.partnerId(), request.toConsent(), caller);
                    return Created.at("avrr-referrals/" + r.id(), AvrrReferralView.of(r, true));
                });
    }
}
