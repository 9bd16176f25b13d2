package org.asylon.rsd.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.asylon.rsd.triage.entity.RecognitionRate;

/**
 * First-instance recognition rates per nationality, kept by the RSD supervisor (PUT creates or,
 * with If-Match, replaces); triage reads them for the recognition-rate ground.
 */
@Path("recognition-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR, Roles.APPEAL_OFFICER})
public class RecognitionRatesResource {

    @Inject CountryData data;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<RecognitionRateView> list() {
        List<RecognitionRateView> all = data.rates().stream().map(RecognitionRateView::of).toList();
        audit.record(
                Caller.of(security).name(),
                "recognition-rate.listed",
                "recognition-rate",
                "all",
                all.size() + " record(s)");
        return all;
    }

    @PUT
    @Path("{nationality}")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response record(
            @PathParam("nationality") String nationality,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the rate as JSON") RecognitionRateInput input) {
        CountryData.Saved<RecognitionRate> saved =
                data.recordRate(
                        nationality,
                        ifMatch,
                        input.ratePercent(),
                        input.period(),
                        input.source(),
                        input.asOf(),
                        Caller.of(security).name());
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(RecognitionRateView.of(saved.record()))
                .tag(Versions.etag(saved.record().version()))
                .build();
    }
}
