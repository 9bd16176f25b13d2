package org.asylon.kernel.session;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.security.SessionCookie;
import org.asylon.kernel.security.WebSession;
import org.asylon.kernel.security.WebSessions;

/**
 * The officers' web app signs in here: {@code POST session} with a user name and password sets the
 * {@code asylon_session} cookie and answers the CSRF token; {@code GET session} gives the same
 * answer again after a page reload; {@code DELETE session} signs out. Every module serves it at
 * {@code /<module>/api/v1/session}.
 */
@Path("session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.BORDER_OFFICER,
    Roles.BORDER_SUPERVISOR,
    Roles.RECEPTION_OFFICER,
    Roles.ELIGIBILITY_OFFICER,
    Roles.RSD_SUPERVISOR,
    Roles.APPEAL_OFFICER,
    Roles.LEGAL_REPRESENTATIVE,
    Roles.DETENTION_OFFICER,
    Roles.DETENTION_AUTHORITY,
    Roles.FACILITY_MANAGER,
    Roles.COURT_CLERK,
    Roles.MONITOR,
    Roles.RETURN_OFFICER,
    Roles.RETURN_AUTHORITY,
    Roles.RETURN_OPERATIONS,
    Roles.LIAISON_OFFICER,
    Roles.READMISSION_AUTHORITY,
    Roles.PARTNER_STATE,
    Roles.PARTNER,
    Roles.AUDITOR,
    Roles.TRAINER,
    Roles.TRAINEE,
    Roles.PLANNER,
    Roles.FEED_READER
})
public class SessionResource {

    static final String NO_SESSION = "There is no browser session, or it has ended. Sign in again.";

    @Inject BrowserSessions browserSessions;

    @Inject WebSessions sessions;

    @Context HttpServletRequest request;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @PermitAll
    public Response signIn(
            @CookieParam(SessionCookie.NAME) String previous,
            @Valid @NotNull(message = "send user and password as JSON") SignIn body) {
        WebSessions.Opened opened =
                browserSessions
                        .signIn(body.user(), body.password(), previous)
                        .orElseThrow(
                                () ->
                                        new ProblemException(
                                                ProblemType.NOT_AUTHENTICATED,
                                                "Unknown user or wrong password."));
        return Response.created(uri.getAbsolutePath())
                .header(
                        "Set-Cookie",
                        SessionCookie.issue(
                                opened.cookieValue(),
                                request.getContextPath(),
                                SessionCookie.tls(request)))
                .header("Cache-Control", "no-store")
                .entity(SessionView.of(opened.session(), sessions.idleTimeout()))
                .build();
    }

    @GET
    public Response current(@CookieParam(SessionCookie.NAME) String cookie) {
        WebSession session = ownSession(cookie);
        return Response.ok(SessionView.of(session, sessions.idleTimeout()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    public Response signOut(@CookieParam(SessionCookie.NAME) String cookie) {
        ownSession(cookie);
        browserSessions.signOut(cookie);
        return Response.noContent()
                .header(
                        "Set-Cookie",
                        SessionCookie.clear(request.getContextPath(), SessionCookie.tls(request)))
                .build();
    }

    /** The caller's own session: signed in by this cookie, not by Basic or a bearer token. */
    private WebSession ownSession(String cookie) {
        Optional<WebSession> session = cookie == null ? Optional.empty() : sessions.find(cookie);
        if (session.isEmpty()
                || request.getHeader("Authorization") != null
                || !session.get().user().equals(security.getUserPrincipal().getName())) {
            throw new ProblemException(ProblemType.NOT_AUTHENTICATED, NO_SESSION);
        }
        return session.get();
    }
}
