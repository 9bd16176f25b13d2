package org.asylon.readmission.partner.boundary;

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
import org.asylon.readmission.partner.control.PartnerStates;
import org.asylon.readmission.partner.entity.PartnerState;

/**
 * The partner states this state exchanges requests with. The readmission authority registers them;
 * the desk reads them. One partner is at {@link PartnerStateResource}.
 */
@Path("partner-states")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READMISSION_AUTHORITY, Roles.LIAISON_OFFICER, Roles.AUDITOR})
public class PartnerStatesResource {

    @Inject PartnerStates partners;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public List<PartnerStateView> list() {
        return partners.list().stream()
                .map(p -> PartnerStateView.of(p, partners.keys(p.country())))
                .toList();
    }

    @POST
    @RolesAllowed(Roles.READMISSION_AUTHORITY)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the partner state as JSON") NewPartnerState request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST partner-states",
                request,
                uri,
                () -> {
                    PartnerState p =
                            partners.register(
                                    request.country(),
                                    request.name(),
                                    request.endpoint(),
                                    request.regimes(),
                                    caller.name());
                    return Created.at(
                            "partner-states/" + p.country(), PartnerStateView.of(p, List.of()));
                });
    }
}
