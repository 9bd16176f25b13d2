package org.asylon.detention.monitoring.boundary;

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
import java.util.Map;
import org.asylon.detention.monitoring.control.Recommendations;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** A monitor's recommendations from a visit (OPCAT Art 19(b)). */
@Path("visits/{visitId}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MONITOR)
public class VisitRecommendationsResource {

    @Inject Recommendations recommendations;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response make(
            @PathParam("visitId") String visitId,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the recommendation as JSON")
                    NewRecommendation request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST visits/recommendations",
                Map.of("visit", visitId, "recommendation", request),
                uri,
                () -> {
                    Recommendations.Filed filed =
                            recommendations.make(
                                    visitId,
                                    request.facilityId(),
                                    request.category(),
                                    request.priority(),
                                    request.text(),
                                    caller);
                    return Created.at(
                            "recommendations/" + filed.recommendation().id(),
                            RecommendationView.of(filed));
                });
    }
}
