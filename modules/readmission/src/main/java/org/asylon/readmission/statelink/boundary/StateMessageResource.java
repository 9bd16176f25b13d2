package org.asylon.readmission.statelink.boundary;

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
import org.asylon.readmission.statelink.control.StateOutbox;

/** One message to a partner: sent again after the partner refused it and the cause was mended. */
@Path("state-messages/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LIAISON_OFFICER)
public class StateMessageResource {

    @Inject StateOutbox messages;

    @Context SecurityContext security;

    @POST
    @Path("retry")
    @Transactional
    public StateMessageView retry(@PathParam("id") String id) {
        return StateMessageView.of(messages.retry(id, Caller.of(security).name()));
    }
}
