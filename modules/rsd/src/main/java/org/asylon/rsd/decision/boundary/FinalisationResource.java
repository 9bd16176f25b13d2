package org.asylon.rsd.decision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.boundary.ApplicationView;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.decision.control.DecisionDesk;

/**
 * A supervisor declares a notified decision final once its appeal window has passed without an
 * appeal (the finality job does the same periodically); refused, naming the deadline, before then.
 */
@Path("applications/{id}/finalisation")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RSD_SUPERVISOR)
public class FinalisationResource {

    @Inject DecisionDesk desk;

    @Context SecurityContext security;

    /** If-Match: the application's ETag. */
    @POST
    public Response finalise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        AsylumApplication a = desk.finalise(id, ifMatch, Caller.of(security).name());
        return Response.ok(ApplicationView.of(a)).tag(Versions.etag(a.version())).build();
    }
}
