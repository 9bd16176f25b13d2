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
import java.util.EnumSet;
import java.util.List;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.avrr.control.Counselling;
import org.asylon.returns.avrr.entity.CounsellingSession;

/** Counselling sessions on a referral: the partner's own accounts and the return officers. */
@Path("avrr-referrals/{id}/counselling-sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AvrrCounsellingResource {

    @Inject Counselling counselling;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.PARTNER})
    public Response record(
            @PathParam("id") String referralId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the session as JSON") NewCounsellingSession request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST avrr-referrals/{id}/counselling-sessions",
                List.of(referralId, request),
                uri,
                () -> {
                    CounsellingSession s =
                            counselling.record(
                                    referralId,
                                    request.heldAt(),
                                    EnumSet.copyOf(request.topics()),
                                    request.notes(),
                                    caller);
                    return Created.at(
                            "avrr-referrals/" + referralId + "/counselling-sessions",
                            CounsellingView.of(s));
                });
    }

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.PARTNER})
    public List<CounsellingView> list(@PathParam("id") String referralId) {
        return counselling.of(referralId, Caller.of(security)).stream()
                .map(CounsellingView::of)
                .toList();
    }
}
