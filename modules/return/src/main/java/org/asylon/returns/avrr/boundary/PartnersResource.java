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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.partner.Partner;
import org.asylon.kernel.partner.Purpose;
import org.asylon.kernel.partner.SharedField;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.control.AvrrPartners;

/** The registry of AVRR partners. */
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY})
public class PartnersResource {

    @Inject AvrrPartners partners;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the partner as JSON") NewPartner request) {
        Caller caller = Caller.of(security);
        Map<Purpose, Set<SharedField>> purposes = purposes(request.purposes());
        List<String> users =
                request.users() == null
                        ? List.of()
                        : request.users().stream()
                                .filter(u -> u != null && !u.isBlank())
                                .map(String::trim)
                                .distinct()
                                .toList();
        return creations.respond(
                key,
                caller,
                "POST partners",
                request,
                uri,
                () -> {
                    Partner partner =
                            partners.register(request.name().trim(), purposes, users, caller);
                    return Created.at("partners/" + partner.id(), PartnerView.of(partner));
                });
    }

    @GET
    public List<PartnerView> list() {
        return partners.all().stream().map(PartnerView::of).toList();
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Partner partner = partners.require(id);
        return Response.ok(PartnerView.of(partner)).tag(Versions.etag(partner.version())).build();
    }

    private static Map<Purpose, Set<SharedField>> purposes(Map<String, List<String>> given) {
        Map<Purpose, Set<SharedField>> out = new EnumMap<>(Purpose.class);
        given.forEach(
                (p, fields) -> {
                    Purpose purpose = parse(Purpose.class, p, "purposes");
                    Set<SharedField> set = EnumSet.noneOf(SharedField.class);
                    if (fields != null) {
                        fields.forEach(f -> set.add(parse(SharedField.class, f, "purposes." + p)));
                    }
                    out.put(purpose, set);
                });
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidField(
                    field, "'" + value + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }
}
