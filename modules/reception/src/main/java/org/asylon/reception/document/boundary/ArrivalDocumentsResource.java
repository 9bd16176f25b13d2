package org.asylon.reception.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.reception.document.control.DocumentOffice;
import org.asylon.reception.document.entity.TemporaryDocument;

/** The documents of one arrival: issue a new one (replacing the current one), list them all. */
@Path("arrivals/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.RECEPTION_OFFICER)
public class ArrivalDocumentsResource {

    @Inject DocumentOffice office;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    /** No body: everything on the document comes from the arrival and the profile. */
    @POST
    public Response issue(
            @PathParam("id") String arrivalId, @HeaderParam(IdempotentCreation.HEADER) String key) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST arrivals/documents",
                Map.of("arrival", arrivalId),
                uri,
                () -> {
                    TemporaryDocument document = office.issue(arrivalId, caller.name());
                    return Created.at(
                            "documents/" + document.number(),
                            DocumentView.of(document, office.today()));
                });
    }

    @GET
    public List<DocumentView> list(@PathParam("id") String arrivalId) {
        LocalDate today = office.today();
        return office.readOfArrival(arrivalId, Caller.of(security).name()).stream()
                .map(d -> DocumentView.of(d, today))
                .toList();
    }
}
