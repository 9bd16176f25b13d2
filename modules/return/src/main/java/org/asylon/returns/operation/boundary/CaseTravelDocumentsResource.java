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
import org.asylon.returns.operation.control.TravelDocuments;
import org.asylon.returns.operation.entity.TravelDocument;

/** A case's travel documents: requested from the consulate, listed. */
@Path("cases/{id}/travel-documents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseTravelDocumentsResource {

    @Inject TravelDocuments documents;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response request(
            @PathParam("id") String caseId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the request as JSON") NewTravelDocument request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST cases/{id}/travel-documents",
                List.of(caseId, request),
                uri,
                () -> {
                    TravelDocument d = documents.request(caseId, request.toRequest(), caller);
                    return Created.at("travel-documents/" + d.id(), TravelDocumentView.of(d));
                });
    }

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public List<TravelDocumentView> list(@PathParam("id") String caseId) {
        return documents.ofCase(caseId, Caller.of(security)).stream()
                .map(TravelDocumentView::of)
                .toList();
    }
}
