package org.asylon.detention.alternative.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.detention.alternative.control.Alternatives;
import org.asylon.detention.alternative.entity.AlternativeOrder;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Ordering an alternative to detention for a person. */
@Path("people/{personId}/alternatives")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonAlternativesResource {

    @Inject Alternatives alternatives;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.DETENTION_AUTHORITY)
    public Response order(
            @PathParam("personId") String personId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the alternative as JSON") NewAlternative request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST people/{id}/alternatives",
                List.of(personId, request),
                uri,
                () -> {
                    AlternativeOrder alternative =
                            alternatives.order(personId, request.toTerms(), caller.name());
                    return Created.at(
                            "alternatives/" + alternative.id(),
                            AlternativeView.of(alternative, List.of()));
                });
    }
}
