package org.asylon.detention.person.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.detention.person.control.People;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** People the border handed over to detention, awaiting an order: the authority's work list. */
@Path("handovers")
@Produces(MediaType.APPLICATION_JSON)
public class HandoversResource {

    @Inject People people;

    @Context SecurityContext security;

    @GET
    @RolesAllowed({Roles.DETENTION_AUTHORITY, Roles.DETENTION_OFFICER})
    public List<PersonView> awaiting() {
        return people.handovers(Caller.of(security).name()).stream().map(PersonView::of).toList();
    }
}
