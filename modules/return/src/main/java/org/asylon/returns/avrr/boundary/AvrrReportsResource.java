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
import java.util.List;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.control.PostArrivalReports;
import org.asylon.returns.avrr.entity.PostArrivalReport;

/** Post-arrival and reintegration reports: recorded by the partner, read by it and the officers. */
@Path("avrr-referrals/{id}/reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvrrReportsResource {

    @Inject PostArrivalReports reports;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.PARTNER)
    public Response record(
            @PathParam("id") String referralId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the report as JSON") NewReport request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST avrr-referrals/{id}/reports",
                List.of(referralId, request),
                uri,
                () -> {
                    PostArrivalReport r =
                            reports.record(
                                    referralId,
                                    request.kind(),
                                    request.occurredOn(),
                                    request.notes(),
                                    caller);
                    return Created.at(
                            "avrr-referrals/" + referralId + "/reports", ReportView.of(r));
                });
    }

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.PARTNER})
    public List<ReportView> list(@PathParam("id") String referralId) {
        return reports.of(referralId, Caller.of(security)).stream().map(ReportView::of).toList();
    }
}
