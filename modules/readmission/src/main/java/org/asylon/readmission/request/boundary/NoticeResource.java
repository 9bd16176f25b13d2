package org.asylon.readmission.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.request.control.Notices;

/** One notice: an officer marks it read (once; reading it again changes nothing). */
@Path("notices/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class NoticeResource {

    @Inject Notices notices;

    @Context SecurityContext security;

    @POST
    @Path("reading")
    @Transactional
    public NoticeView read(@PathParam("id") String id) {
        return NoticeView.of(notices.read(id, Caller.of(security).name()));
    }
}
