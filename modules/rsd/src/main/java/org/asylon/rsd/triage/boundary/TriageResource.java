package org.asylon.rsd.triage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.application.boundary.ApplicationView;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.triage.control.TriageDesk;

/** Runs triage again for one application, with the grounds the officer indicates. */
@Path("applications/{id}/triage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class TriageResource {

    @Inject TriageDesk desk;

    @Context SecurityContext security;

    @POST
    public Response triage(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid TriageRequest request) {
        List<String> grounds = request == null ? List.of() : request.groundsOrNone();
        AsylumApplication a = desk.triage(id, ifMatch, grounds, Caller.of(security));
        return Response.ok(ApplicationView.of(a)).tag(Versions.etag(a.version())).build();
    }
}
