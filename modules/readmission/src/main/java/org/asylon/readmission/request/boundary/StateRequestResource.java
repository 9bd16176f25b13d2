package org.asylon.readmission.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.request.control.IncomingRequests;
import org.asylon.readmission.request.control.OutgoingRequests;
import org.asylon.readmission.request.control.RequestMessages;
import org.asylon.readmission.request.control.Requests;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.statelink.control.Answer;
import org.asylon.readmission.statelink.control.OwnState;
import org.asylon.readmission.statelink.control.StateCaller;
import org.asylon.readmission.statelink.control.StateInbox;
import org.asylon.readmission.statelink.control.StateToken;

/**
 * One request between the calling partner and this state, known by the requesting state's id: the
 * partner reads where it stands, replies to this state's request, or asks this state to re-examine
 * its refusal. A request between this state and another partner is not found, whatever its id.
 */
@Path("state/requests/{ref}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PARTNER_STATE)
public class StateRequestResource {

    @Inject StateInbox inbox;

    @Inject OutgoingRequests outgoing;

    @Inject IncomingRequests incoming;

    @Inject Requests requests;

    @Inject OwnState own;

    @Context SecurityContext security;

    @GET
    @Transactional
    public SharedRequestView get(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("ref") String ref) {
        StateToken token = StateCaller.token(authorization, Caller.of(security).name());
        return SharedRequestView.of(
                requests.shared(token.issuer(), ref)
                        .orElseThrow(
                                () ->
                                        ProblemException.notFound(
                                                "request between the two states", ref)),
                own.country());
    }

    @POST
    @Path("reply")
    @Transactional
    public Response reply(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("ref") String ref,
            String body) {
        return StateResponses.receive(
                inbox,
                authorization,
                security,
                RequestMessages.REPLY,
                ref,
                RequestMessages.path(ref, RequestMessages.REPLY),
                body,
                call -> {
                    JsonObject o = call.json();
                    Reply decision = decision(o);
                    String reasons = reasons(o, decision == Reply.REFUSED);
                    outgoing.replyReceived(call.partner(), ref, decision, reasons, repliedAt(o));
                    return new Answer(
                            200,
                            Jsons.object().add("reference", ref).add("state", "RECEIVED").build());
                });
    }

    @POST
    @Path("re-examination")
    @Transactional
    public Response reExamination(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("ref") String ref,
            String body) {
        return StateResponses.receive(
                inbox,
                authorization,
                security,
                RequestMessages.RE_EXAMINATION,
                ref,
                RequestMessages.path(ref, RequestMessages.RE_EXAMINATION),
                body,
                call ->
                        incoming.reExaminationReceived(
                                call.partner(), ref, reasons(call.json(), true)));
    }

    private static java.time.Instant repliedAt(JsonObject o) {
        if (!(o.get("repliedAt") instanceof jakarta.json.JsonString s)) {
            return null;
        }
        try {
            return java.time.Instant.parse(s.getString());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalidField(
                    "repliedAt", "an instant, e.g. 2026-12-07T10:00:00Z");
        }
    }

    private static Reply decision(JsonObject o) {
        try {
            return Reply.valueOf(o.getString("decision", ""));
        } catch (IllegalArgumentException | ClassCastException e) {
            throw ProblemException.invalidField("decision", "ACCEPTED, CONFIRMED or REFUSED");
        }
    }

    private static String reasons(JsonObject o, boolean required) {
        String reasons =
                o.get("reasons") instanceof jakarta.json.JsonString s ? s.getString() : null;
        if (required && (reasons == null || reasons.isBlank())) {
            throw ProblemException.invalidField("reasons", "required");
        }
        if (reasons != null && reasons.length() > 2000) {
            throw ProblemException.invalidField("reasons", "at most 2000 characters");
        }
        return reasons;
    }
}
