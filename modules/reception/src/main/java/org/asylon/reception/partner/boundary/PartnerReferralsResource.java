package org.asylon.reception.partner.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.Keyset;
import org.asylon.reception.Paging;
import org.asylon.reception.partner.control.PartnerDesk;
import org.asylon.reception.partner.entity.PartnerReferral;

/**
 * Referrals to partners. A partner's account sees only the referrals to its own organisation, and
 * another partner's referral is answered 404 as if it did not exist; reception officers see all and
 * withdraw consent.
 */
@Path("partner-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER, Roles.RECEPTION_OFFICER})
public class PartnerReferralsResource {

    @Inject PartnerDesk desk;

    @Context SecurityContext security;

    @Context UriInfo uri;

    /** A page of referrals, newest first ({@code after}: the cursor of the Link rel="next"). */
    @GET
    public Response list(@QueryParam("limit") String limit, @QueryParam("after") String after) {
        Caller caller = Caller.of(security);
        int max = QueryParams.limit("limit", limit, 50, 500);
        return Paging.respond(
                desk.visibleTo(caller, Keyset.parse("after", after), max).map(r -> view(r, caller)),
                uri);
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Caller caller = Caller.of(security);
        PartnerReferral referral = desk.visible(id, caller);
        return Response.ok(view(referral, caller)).tag(Versions.etag(referral.version())).build();
    }

    @POST
    @Path("{id}/consent-withdrawal")
    @RolesAllowed(Roles.RECEPTION_OFFICER)
    public Response withdraw(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reason as JSON") Withdrawal withdrawal) {
        PartnerReferral referral =
                desk.withdrawConsent(id, ifMatch, withdrawal.reason(), Caller.of(security).name());
        return Response.ok(PartnerReferralView.full(referral))
                .tag(Versions.etag(referral.version()))
                .build();
    }

    private static PartnerReferralView view(PartnerReferral r, Caller caller) {
        return PartnerDesk.seesAll(caller)
                ? PartnerReferralView.full(r)
                : PartnerReferralView.forPartner(r);
    }
}
