package org.asylon.returns.decision.boundary;

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
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.returns.decision.control.Appeals;
import org.asylon.returns.decision.control.DecisionFile;
import org.asylon.returns.decision.control.Decisions;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.ReturnDecision;

/**
 * Return decisions: read, notify, extend the period, change the country, withdraw, confirm the
 * person's departure, lodge an appeal.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject Decisions decisions;

    @Inject Appeals appeals;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RETURN_OFFICER, Roles.RETURN_AUTHORITY, Roles.RETURN_OPERATIONS})
    public Response one(@PathParam("id") String id) {
        return full(decisions.read(id, Caller.of(security)));
    }

    @POST
    @Path("{id}/notification")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response notify(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the notification as JSON") NewNotification request) {
        return changed(
                decisions.notify(
                        id,
                        ifMatch,
                        request.notifiedAt(),
                        request.method(),
                        request.language(),
                        Caller.of(security)));
    }

    @POST
    @Path("{id}/extensions")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response extend(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the extension as JSON") NewExtension request) {
        return changed(
                decisions.extend(
                        id,
                        ifMatch,
                        request.days(),
                        request.circumstancesOrNone(),
                        request.reasons(),
                        Caller.of(security)));
    }

    @POST
    @Path("{id}/country-of-return")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response changeCountry(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the country as JSON") CountryChange request) {
        return changed(
                decisions.changeCountry(
                        id,
                        ifMatch,
                        request.countryOfReturn().toTerms(),
                        request.reasons(),
                        Caller.of(security)));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response withdraw(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the withdrawal as JSON") NewWithdrawal request) {
        return changed(decisions.withdraw(id, ifMatch, request.reasons(), Caller.of(security)));
    }

    @POST
    @Path("{id}/departure")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response confirmDeparture(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the departure as JSON") NewDeparture request) {
        return changed(
                decisions.confirmDeparture(id, ifMatch, request.toReport(), Caller.of(security)));
    }

    @POST
    @Path("{id}/appeals")
    @RolesAllowed(Roles.RETURN_OFFICER)
    public Response lodgeAppeal(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the appeal as JSON") NewAppeal request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST decisions/{id}/appeals",
                List.of(id, request),
                uri,
                () -> {
                    DecisionAppeal a = appeals.lodge(id, request.toTerms(), caller);
                    return Created.at("appeals/" + a.id(), AppealView.of(a));
                });
    }

    private Response changed(ReturnDecision d) {
        return full(decisions.file(d));
    }

    private static Response full(DecisionFile file) {
        return Response.ok(DecisionView.of(file))
                .tag(Versions.etag(file.decision().version()))
                .build();
    }
}
