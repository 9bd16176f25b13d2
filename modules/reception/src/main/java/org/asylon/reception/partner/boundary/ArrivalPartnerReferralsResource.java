package org.asylon.reception.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.partner.Consent;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.partner.control.PartnerDesk;
import org.asylon.reception.partner.entity.PartnerReferral;

/**
 * The referrals of one arrival to partners: make one (with consent or its documented absence), list
 * them.
 */
@Path("arrivals/{id}/partner-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class ArrivalPartnerReferralsResource {

    @Inject PartnerDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response refer(
            @PathParam("id") String arrivalId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the referral as JSON") NewPartnerReferral request) {
        Caller caller = Caller.of(security);
        Purpose purpose = Purpose.of(request.purpose(), "purpose");
        var c = request.consent();
        Consent consent =
                c != null && Boolean.TRUE.equals(c.given())
                        ? new Consent(true, c.recordedBy(), c.recordedAt(), null)
                        : Consent.notNeeded(request.notNeededReason());
        return creations.respond(
                key,
                caller,
                "POST arrivals/partner-referrals",
                Map.of("arrival", arrivalId, "referral", request),
                uri,
                () -> {
                    PartnerReferral r =
                            desk.refer(
                                    arrivalId,
                                    request.partnerId(),
                                    purpose,
                                    consent,
                                    caller.name());
                    return Created.at("partner-referrals/" + r.id(), PartnerReferralView.full(r));
                });
    }

    @GET
    @Transactional
    public List<PartnerReferralView> list(@PathParam("id") String arrivalId) {
        return desk.ofArrival(arrivalId, Caller.of(security).name()).stream()
                .map(PartnerReferralView::full)
                .toList();
    }
}
