package org.asylon.reception.document.boundary;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.document.control.DocumentOffice;
import org.asylon.reception.document.entity.TemporaryDocument;

/**
 * One document for a whole household, where the legal profile says so (otherwise 422 naming the
 * rule).
 */
@Path("households/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class HouseholdDocumentsResource {

    @Inject DocumentOffice office;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    /**
     * No body: the holder, the members and the validity come from the household and the profile.
     */
    @POST
    public Response issue(
            @PathParam("id") String householdId,
            @HeaderParam(IdempotentCreation.HEADER) String key) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST households/documents",
                Map.of("household", householdId),
                uri,
                () -> {
                    TemporaryDocument document =
                            office.issueToHousehold(householdId, caller.name());
                    return Created.at(
                            "documents/" + document.number(),
                            DocumentView.of(document, office.today()));
                });
    }
}
