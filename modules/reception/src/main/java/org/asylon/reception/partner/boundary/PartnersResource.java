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
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.PartnerRegistration;
import org.asylon.kernel.partner.PartnerView;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.partner.control.PartnerDesk;

/** The registry of partner organisations. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class PartnersResource {

    @Inject PartnerDesk desk;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the partner as JSON") PartnerRegistration request) {
        Caller caller = Caller.of(security);
        var grants = request.grants();
        return creations.respond(
                key,
                caller,
                "POST partners",
                request,
                uri,
                () -> {
                    Partner partner =
                            desk.register(
                                    request.name().trim(),
                                    grants,
                                    request.accounts(),
                                    caller.name());
                    return Created.at("partners/" + partner.id(), PartnerView.of(partner));
                });
    }

    @GET
    @Transactional
    public List<PartnerView> list() {
        return desk.partners().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Partner partner = desk.partner(id);
        return Response.ok(PartnerView.of(partner)).tag(Versions.etag(partner.version())).build();
    }
}
