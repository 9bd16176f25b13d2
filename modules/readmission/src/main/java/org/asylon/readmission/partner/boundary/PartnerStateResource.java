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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.partner.control.PartnerStates;
import org.asylon.readmission.partner.entity.PartnerKey;
import org.asylon.readmission.partner.entity.PartnerState;

/**
 * One partner state: its particulars, and its signing keys. Key rotation: the partner sends its new
 * public key under a new key id, the authority adds it here (both keys are then accepted), and
 * retires the old one once the partner signs with the new.
 */
@Path("partner-states/{country}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.READMISSION_AUTHORITY, Roles.LIAISON_OFFICER, Roles.AUDITOR})
public class PartnerStateResource {

    @Inject PartnerStates partners;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public Response get(@PathParam("country") String country) {
        PartnerState p = partners.require(country);
        return Response.ok(PartnerStateView.of(p, partners.keys(country)))
                .tag(Versions.etag(p.version()))
                .build();
    }

    @PUT
    @Transactional
    @RolesAllowed(Roles.READMISSION_AUTHORITY)
    public Response change(
            @PathParam("country") String country,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the partner state as JSON") NewPartnerState request) {
        if (!country.equals(request.country())) {
            throw ProblemException.invalidField(
                    "country", "must be the country in the path, " + country);
        }
        Versions.requireMatch(ifMatch, partners.require(country).version());
        PartnerState p =
                partners.change(
                        country,
                        request.name(),
                        request.endpoint(),
                        request.regimes(),
                        request.active() == null || request.active(),
                        Caller.of(security).name());
        return Response.ok(PartnerStateView.of(p, partners.keys(country)))
                .tag(Versions.etag(p.version()))
                .build();
    }

    @POST
    @Path("keys")
    @RolesAllowed(Roles.READMISSION_AUTHORITY)
    public Response addKey(
            @PathParam("country") String country,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the key as JSON") NewKey request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST partner-states/keys",
                Map.of("country", country, "key", request),
                uri,
                () -> {
                    PartnerKey k =
                            partners.addKey(
                                    country, request.keyId(), request.publicKey(), caller.name());
                    return Created.at("partner-states/" + country, PartnerStateView.KeyView.of(k));
                });
    }

    @POST
    @Path("keys/{keyId}/retirement")
    @RolesAllowed(Roles.READMISSION_AUTHORITY)
    public Response retireKey(
            @PathParam("country") String country,
            @PathParam("keyId") String keyId,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST partner-states/keys/retirement",
                Map.of("country", country, "keyId", keyId),
                uri,
                () ->
                        Created.ok(
                                PartnerStateView.KeyView.of(
                                        partners.retireKey(country, keyId, caller.name()))));
    }
}
