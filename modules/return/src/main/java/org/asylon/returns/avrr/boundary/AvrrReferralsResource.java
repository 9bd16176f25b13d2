package org.asylon.returns.avrr.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.control.AvrrReferrals;
import org.asylon.returns.avrr.entity.AvrrReferral;
import org.asylon.returns.avrr.entity.ReferralStatus;

/**
 * AVRR referrals: a partner's account sees only those to its own organisation, and another's is
 * answered 404 as if it did not exist; return officers see all, confirm the departure, and record a
 * withdrawal of consent, as the partner's account may.
 */
@Path("avrr-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.PARTNER})
public class AvrrReferralsResource {

    @Inject AvrrReferrals referrals;

    @Context SecurityContext security;

    /** Newest first, at most {@code limit}; {@code caseId} and {@code status} narrow the list. */
    @GET
    public List<AvrrReferralView> list(
            @QueryParam("caseId") String caseId,
            @QueryParam("status") String status,
            @QueryParam("limit") String limit) {
        Caller caller = Caller.of(security);
        if (caseId != null && (caseId.isBlank() || caseId.length() > 36)) {
            throw ProblemException.badRequest("caseId", "an id of at most 36 characters");
        }
        ReferralStatus wanted = null;
        if (status != null) {
            try {
                wanted = ReferralStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(
                        "status", "must be ACTIVE, DEPARTED, CONSENT_WITHDRAWN or CASE_ENDED");
            }
        }
        return referrals
                .list(caller, caseId, wanted, QueryParams.limit("limit", limit, 100, 500))
                .stream()
                .map(r -> AvrrReferralView.of(r, AvrrReferrals.seesAll(caller)))
                .toList();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        return answer(referrals.read(id, caller), caller);
    }

    @POST
    @Path("{id}/consent-withdrawal")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.PARTNER})
    public Response withdraw(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reason as JSON") Withdrawal withdrawal) {
        Caller caller = Caller.of(security);
        return answer(referrals.withdrawConsent(id, ifMatch, withdrawal.reason(), caller), caller);
    }

    /** The departure, through the gate; the case ends DEPARTED_VOLUNTARILY. */
    @POST
    @Path("{id}/departure")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response depart(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the departure as JSON") NewDeparture departure) {
        Caller caller = Caller.of(security);
        return answer(
                referrals.confirmDeparture(
                        id, ifMatch, departure.departedAt(), departure.deskCheck(), caller),
                caller);
    }

    private static Response answer(AvrrReferral r, Caller caller) {
        return Response.ok(AvrrReferralView.of(r, AvrrReferrals.seesAll(caller)))
                .tag(Versions.etag(r.version()))
                .build();
    }
}
