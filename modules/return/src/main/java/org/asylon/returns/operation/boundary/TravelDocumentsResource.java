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
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.operation.control.TravelDocuments;
import org.asylon.returns.operation.entity.TravelDocument;

/** One travel document: read, and the consulate's answer (issued or refused). */
@Path("travel-documents/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TravelDocumentsResource {

    @Inject TravelDocuments documents;

    @Context SecurityContext security;

    @GET
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response one(@PathParam("id") String id) {
        return answer(documents.read(id, Caller.of(security)));
    }

    @POST
    @Path("issue")
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response issue(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the document's details as JSON")
                    TravelDocumentIssued request) {
        return answer(documents.issue(id, ifMatch, request.toIssue(), Caller.of(security)));
    }

    @POST
    @Path("refusal")
    @RolesAllowed(Roles.RETURN_OPERATIONS)
    public Response refuse(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the refusal as JSON") TravelDocumentRefusal request) {
        return answer(
                documents.refuse(
                        id,
                        ifMatch,
                        request.reason(),
                        request.note(),
                        request.refusedOn(),
                        Caller.of(security)));
    }

    private static Response answer(TravelDocument d) {
        return Response.ok(TravelDocumentView.of(d)).tag(Versions.etag(d.version())).build();
    }
}
