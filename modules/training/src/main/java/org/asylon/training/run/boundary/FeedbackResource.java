package org.asylon.training.run.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

    @GET
    @Transactional
    @Produces(MediaType.TEXT_HTML)
    public Response html() {
        String page = feedback.html(Caller.of(security).name());
        return Response.fromResponse(Html.personalPage(page))
                .type("text/html; charset=utf-8")
                .build();
    }

    @GET
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject json() {
        return feedback.card(Caller.of(security).name());
    }
}
