package org.asylon.readmission.request.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.request.control.IncomingRequests;
import org.asylon.readmission.request.control.Notices;
import org.asylon.readmission.request.control.OutgoingRequests;
import org.asylon.readmission.request.control.RequestReading;
import org.asylon.readmission.request.control.Requests;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.statelink.boundary.StateMessageView;
import org.asylon.readmission.statelink.control.StateOutbox;

/**
 * One request: read it with its deadlines, add evidence, send it, reply to it, ask for a
 * re-examination, and see every message exchanged about it. Each change needs the request's current
 * {@code ETag} in {@code If-Match}, so that two officers never act on different versions.
 */
@Path("requests/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class RequestResource {

    @Inject Requests requests;

    @Inject RequestReading reading;

    @Inject OutgoingRequests outgoing;

    @Inject IncomingRequests incoming;

    @Inject StateOutbox messages;

    @Inject Notices notices;

    @Inject RegimeBook regimes;

    @Inject IdempotentCreation creations;

    @Inject Clock clock;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @GET
    @Transactional
    public Response get(@PathParam("id") String id) {
        return view(reading.read(id, Caller.of(security)));
    }

    @POST
    @Path("evidence")
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response addEvidence(
            @PathParam("id") String id,
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the evidence as JSON") NewEvidence request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST requests/evidence",
                Map.of("id", id, "evidence", request),
                uri,
                () -> {
                    Evidence e =
                            outgoing.addEvidence(
                                    id, request.category(), request.description(), caller.name());
                    return Created.at("requests/" + id, RequestView.EvidenceView.of(e));
                });
    }

    @POST
    @Path("sending")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response send(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        match(id, ifMatch);
        return changed(outgoing.send(id, Caller.of(security).name()));
    }

    @POST
    @Path("reply")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response reply(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reply as JSON") NewReply request) {
        match(id, ifMatch);
        return changed(
                incoming.reply(
                        id,
                        request.decision(),
                        blankToNull(request.reasons()),
                        Caller.of(security).name()));
    }

    @POST
    @Path("re-examination")
    @Transactional
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response reExamination(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the reasons as JSON") NewReExamination request) {
        match(id, ifMatch);
        return changed(
                outgoing.askReExamination(id, request.reasons(), Caller.of(security).name()));
    }

    /** Every message exchanged with the partner about this request, as sent or received. */
    @GET
    @Path("messages")
    @Transactional
    public List<StateMessageView> messages(@PathParam("id") String id) {
        ReadmissionRequest r = reading.read(id, Caller.of(security)).request();
        return messages.about(r.country(), r.exchangeId()).stream()
                .map(StateMessageView::of)
                .toList();
    }

    @GET
    @Path("notices")
    @Transactional
    public List<NoticeView> notices(@PathParam("id") String id) {
        requests.require(id);
        return notices.about(id).stream().map(NoticeView::of).toList();
    }

    private void match(String id, String ifMatch) {
        Versions.requireMatch(ifMatch, requests.require(id).version());
    }

    private Response changed(ReadmissionRequest r) {
        return view(reading.file(r));
    }

    private Response view(RequestReading.RequestFile f) {
        return Response.ok(RequestViews.of(f, regimes.zone(), clock.instant()))
                .tag(Versions.etag(f.request().version()))
                .build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
