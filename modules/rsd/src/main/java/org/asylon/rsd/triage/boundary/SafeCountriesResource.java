package org.asylon.rsd.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.triage.control.CountryData;
import org.asylon.rsd.triage.entity.SafeCountryOfOrigin;

/**
 * The state's safe countries of origin, with the designating act and source, kept by the RSD
 * supervisor. Used only where the profile lists the safe-country-of-origin ground.
 */
@Path("safe-countries-of-origin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER})
public class SafeCountriesResource {

    @Inject CountryData data;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<SafeCountryView> list() {
        List<SafeCountryView> all = data.safeCountries().stream().map(SafeCountryView::of).toList();
        audit.record(
                Caller.of(security).name(),
                "safe-country-of-origin.listed",
                "safe-country-of-origin",
                "all",
                all.size() + " record(s)");
        return all;
    }

    @PUT
    @Path("{country}")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response designate(
            @PathParam("country") String country,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the designation as JSON") SafeCountryInput input) {
        CountryData.Saved<SafeCountryOfOrigin> saved =
                data.designate(
                        country,
                        ifMatch,
                        input.basis(),
                        input.source(),
                        input.designatedOn(),
                        Caller.of(security).name());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(SafeCountryView.of(saved.record()))
                .tag(Versions.etag(saved.record().version()))
                .build();
    }

    @DELETE
    @Path("{country}")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response revoke(
            @PathParam("country") String country, @HeaderParam("If-Match") String ifMatch) {
        data.revoke(country, ifMatch, Caller.of(security).name());
        return Response.noContent().build();
    }
}
