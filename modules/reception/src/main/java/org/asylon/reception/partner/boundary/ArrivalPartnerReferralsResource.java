package org.asylon.reception.partner.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import org.asylon.kernel.security.Roles;
import org.asylon.reception.partner.control.PartnerDesk;
import org.asylon.reception.partner.entity.Consent;
import org.asylon.reception.partner.entity.PartnerReferral;
import org.asylon.reception.partner.entity.Purpose;

/** The referrals of one arrival to partners: make one (with consent or its documented absence), list them. */
@Path("arrivals/{id}/partner-referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class ArrivalPartnerReferralsResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    PartnerDesk desk;

    @Inject
    IdempotentCreation creation;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    public Response refer(@PathParam("id") String arrivalId, @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the referral as JSON") NewPartnerReferral request) {
        String user = security.getUserPrincipal().getName();
        Purpose purpose = PartnersResource.parse(Purpose.class, request.purpose(), "purpose");
        var c = request.consent();
        Consent consent = c != null && Boolean.TRUE.equals(c.given())
                ? new Consent(true, c.recordedBy(), c.recordedAt(), null)
                : Consent.notNeeded(request.notNeededReason());
        Created created = creation.once(key, user + " POST arrivals/partner-referrals",
                Map.of("arrival", arrivalId, "request", JSON.toJson(request)), () -> {
                    PartnerReferral r = desk.refer(arrivalId, request.partnerId(), purpose, consent, user);
                    return Created.at("partner-referrals/" + r.id(), JSON.toJson(PartnerReferralView.full(r)));
                });
        return IdempotentCreation.toResponse(created, uri);
    }

    @GET
    @Transactional
    public List<PartnerReferralView> list(@PathParam("id") String arrivalId) {
        return desk.ofArrival(arrivalId).stream().map(PartnerReferralView::full).toList();
    }
}
