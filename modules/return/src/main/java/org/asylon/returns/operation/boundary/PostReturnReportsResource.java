package org.asylon.returns.operation.boundary;

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
import org.asylon.returns.operation.control.PostReturnReports;
import org.asylon.returns.operation.entity.PostReturnReport;

/** Reports after a removal, by a monitor or the partner designated on the operation. */
@Path("operations/{id}/post-return-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostReturnReportsResource {

    @Inject PostReturnReports reports;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.MONITOR})
    public Response report(
            @PathParam("id") String operationId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the report as JSON") NewPostReturnReport request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST operations/{id}/post-return-reports",
                List.of(operationId, request),
                uri,
                () -> {
                    PostReturnReport r =
                            reports.report(
                                    operationId,
                                    request.organisation() == null
                                            ? null
                                            : request.organisation().trim(),
                                    request.contactOn(),
                                    request.contact(),
                                    request.concern(),
                                    request.note(),
                                    caller);
                    return Created.at(
                            "operations/" + operationId + "/post-return-reports",
                            PostReturnReportView.of(r));
                });
    }

    @GET
    @RolesAllowed({
        Roles.RETURN_OFFICER,
        Roles.RETURN_AUTHORITY,
        Roles.RETURN_OPERATIONS,
        Roles.MONITOR,
        Roles.PARTNER
    })
    public List<PostReturnReportView> list(@PathParam("id") String operationId) {
        return reports.ofOperation(operationId, Caller.of(security)).stream()
                .map(PostReturnReportView::of)
                .toList();
    }
}
