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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.readmission.referral.control.Referrals;
import org.asylon.readmission.referral.entity.Referral;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.control.OutgoingDraft;
import org.asylon.readmission.request.control.OutgoingRequests;
import org.asylon.readmission.request.control.RequestReading;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.PersonLinks;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.RequestOrigin;
import org.asylon.readmission.request.entity.RequestState;

/**
 * The desk's requests, both ways. A request to a partner is prepared here (with its evidence, or
 * evidence added later) and sent at {@link RequestResource}; a partner's request arrives through
 * the state API.
 */
@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.LIAISON_OFFICER, Roles.READMISSION_AUTHORITY})
public class RequestsResource {

    @Inject OutgoingRequests outgoing;

    @Inject Referrals referrals;

    @Inject RequestReading reading;

    @Inject RegimeBook regimes;

    @Inject IdempotentCreation creations;

    @Inject Clock clock;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.LIAISON_OFFICER)
    public Response draft(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the request as JSON") NewRequest request) {
        Caller caller = Caller.of(security);
        RequestKind kind =
                RequestKind.of(request.kind())
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "kind",
                                                "take-charge, take-back-request, take-back-notification or readmission-application"));
        return creations.respond(
                key,
                caller,
                "POST requests",
                request,
                uri,
                () -> {
                    Referral referral =
                            request.referralId() == null || request.referralId().isBlank()
                                    ? null
                                    : referrals.open(request.referralId(), "referralId");
                    OutgoingDraft draft = draftOf(request, kind);
                    if (referral != null) {
                        draft =
                                new OutgoingDraft(
                                        draft.country(),
                                        draft.regime(),
                                        draft.kind(),
                                        draft.grounds(),
                                        RequestOrigin.RSD,
                                        "referral " + referral.id(),
                                        new PersonLinks(
                                                referral.rsdApplicationId(),
                                                referral.sourceArrivalId(),
                                                draft.links().sourceEncounterId()),
                                        draft.person(),
                                        draft.notes(),
                                        draft.anchors());
                    }
                    ReadmissionRequest r = outgoing.draft(draft, caller.name());
                    if (referral != null) {
                        referrals.drafted(referral, r.id(), caller.name());
                    }
                    List<NewEvidence> evidence =
                            request.evidence() == null ? List.of() : request.evidence();
                    for (int i = 0; i < evidence.size(); i++) {
                        try {
                            outgoing.addEvidence(
                                    r.id(),
                                    evidence.get(i).category(),
                                    evidence.get(i).description(),
                                    caller.name());
                        } catch (ProblemException e) {
                            throw e.prefixFields("evidence[" + i + "].");
                        }
                    }
                    return Created.at(
                            "requests/" + r.id(),
                            RequestViews.of(reading.file(r), regimes.zone(), clock.instant()));
                });
    }

    @GET
    @Transactional
    public List<RequestView> list(
            @QueryParam("direction") String direction,
            @QueryParam("partnerState") String partnerState,
            @QueryParam("state") String state,
            @QueryParam("limit") String limit) {
        Direction d;
        try {
            d = direction == null ? null : Direction.valueOf(direction);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("direction", "OUTGOING or INCOMING");
        }
        if (state != null
                && java.util.Arrays.stream(RequestState.values())
                        .noneMatch(s -> s.name().equals(state))) {
            throw ProblemException.badRequest(
                    "state", "one of " + java.util.Arrays.toString(RequestState.values()));
        }
        if (partnerState != null && !partnerState.matches("[A-Z]{3}")) {
            throw ProblemException.badRequest("partnerState", "an ISO 3166 alpha-3 code");
        }
        return reading
                .list(
                        d,
                        partnerState,
                        state,
                        QueryParams.limit("limit", limit, 100, 500),
                        Caller.of(security))
                .stream()
                .map(f -> RequestViews.of(f, regimes.zone(), clock.instant()))
                .toList();
    }

    private static OutgoingDraft draftOf(NewRequest r, RequestKind kind) {
        NewRequest.Grounds g = r.grounds();
        NewRequest.Links l = r.links();
        NewRequest.Anchors a = r.anchors();
        return new OutgoingDraft(
                r.partnerState(),
                r.regime(),
                kind,
                g == null
                        ? new Grounds(false, false, false)
                        : new Grounds(
                                Boolean.TRUE.equals(g.hitBased()),
                                Boolean.TRUE.equals(g.detained()),
                                Boolean.TRUE.equals(g.urgent())),
                r.origin(),
                blankToNull(r.originReference()),
                l == null
                        ? PersonLinks.NONE
                        : new PersonLinks(
                                blankToNull(l.rsdApplicationId()),
                                blankToNull(l.sourceArrivalId()),
                                blankToNull(l.sourceEncounterId())),
                r.person(),
                blankToNull(r.notes()),
                a == null
                        ? Anchors.NONE
                        : new Anchors(
                                a.applicationRegisteredAt(),
                                a.hitReceivedAt(),
                                a.irregularStayKnownAt(),
                                a.detentionStartedAt()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
