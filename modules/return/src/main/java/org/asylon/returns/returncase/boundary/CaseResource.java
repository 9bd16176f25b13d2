package org.asylon.returns.returncase.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
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
import org.asylon.returns.returncase.control.CaseReading;
import org.asylon.returns.returncase.entity.ReturnCase;

/** One return case. */
@Path("cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
public class CaseResource {

    @Inject CaseReading reading;

    @Context SecurityContext security;

    @GET
    @Transactional
    public Response get(@PathParam("id") String id) {
        ReturnCase c = reading.read(id, Caller.of(security));
        return Response.ok(CaseView.of(c)).tag(Versions.etag(c.version())).build();
    }
}
