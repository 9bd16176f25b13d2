package org.asylon.training.run.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.http.Html;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.training.run.control.Feedback;

/**
 * A trainee's own scorecard, and only theirs: the account names the run, and the card is the one
 * scored for that account. Printable HTML by default, JSON for the trainee's screen.
 */
@Path("feedback")
@RolesAllowed(Roles.TRAINEE)
public class FeedbackResource {

    @Inject Feedback feedback;

    @Context SecurityContext security;

    /** HTML unless the caller asks for JSON ({@code Accept: application/json}). */
    @GET
    @Transactional
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response get(@Context HttpHeaders headers) {
        String account = Caller.of(security).name();
        if (headers.getAcceptableMediaTypes().stream()
                .anyMatch(
                        t ->
                                t.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                                        && !t.isWildcardType())) {
            return Response.ok(feedback.card(account), MediaType.APPLICATION_JSON).build();
        }
        return Response.fromResponse(Html.personalPage(feedback.html(account)))
                .type("text/html; charset=utf-8")
                .build();
    }
}
