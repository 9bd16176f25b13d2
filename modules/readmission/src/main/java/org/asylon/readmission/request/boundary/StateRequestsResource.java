package org.asylon.readmission.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.request.control.IncomingRequests;
import org.asylon.readmission.request.control.RequestMessages;
import org.asylon.readmission.request.control.Requests;
import org.asylon.readmission.statelink.control.OwnState;
import org.asylon.readmission.statelink.control.StateCaller;
import org.asylon.readmission.statelink.control.StateInbox;
import org.asylon.readmission.statelink.control.StateToken;

/**
 * The state-to-state API: a partner state sends its requests here and reads those between the two
 * states. Called only with a token signed by one of the partner's current keys ({@code
 * partner-state}); every message is idempotent by its message id and audited.
 */
@Path("state/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_STATE)
public class StateRequestsResource {

    @Inject StateInbox inbox;

    @Inject IncomingRequests incoming;

    @Inject Requests requests;

    @Inject OwnState own;

    @Context SecurityContext security;

    @POST
    @Transactional
    public Response send(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        return StateResponses.receive(
                inbox,
                authorization,
                security,
                RequestMessages.REQUEST,
                referenceOf(body == null ? "" : body),
                RequestMessages.REQUESTS,
                body,
                call -> incoming.register(call.partner(), call.json()));
    }

    /**
     * The request's reference as the partner wrote it, to file the message under; null if
     * unreadable.
     */
    private static String referenceOf(String text) {
        try {
            jakarta.json.JsonValue v = Jsons.readObject(text).get("reference");
            return v instanceof jakarta.json.JsonString s && s.getString().length() <= 100
                    ? s.getString()
                    : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The requests between the calling partner and this state, both ways, newest first. */
    @GET
    @Transactional
    public List<SharedRequestView> list(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("limit") String limit) {
        StateToken token = StateCaller.token(authorization, Caller.of(security).name());
        return requests
                .sharedWith(token.issuer(), QueryParams.limit("limit", limit, 100, 500))
                .stream()
                .map(r -> SharedRequestView.of(r, own.country()))
                .toList();
    }
}
