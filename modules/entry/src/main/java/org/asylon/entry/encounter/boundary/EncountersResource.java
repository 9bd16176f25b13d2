package org.asylon.entry.encounter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.entry.encounter.control.EncounterActions;
import org.asylon.entry.encounter.control.EncounterRecords;
import org.asylon.entry.encounter.control.EncounterRegistration;
import org.asylon.entry.encounter.control.Registration;
import org.asylon.entry.encounter.entity.Encounter;
import org.asylon.kernel.http.QueryParams;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/** Encounters: register one person, read, and act on the record (If-Match on every change). */
@Path("encounters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class EncountersResource {

    /**
     * The endpoint of a registration, for its idempotency keys. The offline batch registers under
     * the same one, so that an encounter first sent alone and then again in a batch (or the
     * reverse) is registered once.
     */
    static final String REGISTER = "POST encounters";

    @Inject EncounterRegistration registration;

    @Inject EncounterRecords records;

    @Inject EncounterActions actions;

    @Inject IdempotentCreation creations;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the encounter as JSON") NewEncounter request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                REGISTER,
                request,
                uri,
                () -> created(registration.register(request.toRegistration(), caller)));
    }

    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        return withTag(records.read(id, Caller.of(security)));
    }

    @GET
    public List<EncounterView> list(
            @QueryParam("crossingPointId") String crossingPointId,
            @QueryParam("groupId") String groupId,
            @QueryParam("screening") String screening,
            @QueryParam("limit") String limit) {
        int max = QueryParams.limit("limit", limit, 50, 500);
        if (screening != null && !"open".equals(screening)) {
            throw ProblemException.badRequest(
                    "screening", "The only screening filter is 'open' (not yet completed).");
        }
        return records
                .latest(crossingPointId, groupId, screening != null, max, Caller.of(security))
                .stream()
                .map(EncounterView::of)
                .toList();
    }

    @POST
    @Path("{id}/protection-request")
    public Response requestProtection(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid ProtectionRequestInput request) {
        return withTag(
                actions.requestProtection(
                        id,
                        ifMatch,
                        request == null ? null : request.words(),
                        request == null ? null : request.requestedInstant(),
                        Caller.of(security)));
    }

    @POST
    @Path("{id}/specific-needs")
    public Response noteSpecificNeed(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the need as JSON") SpecificNeedInput request) {
        Registration.Need need = request.toNeed();
        return withTag(
                actions.noteSpecificNeed(
                        id, ifMatch, need.category(), need.note(), Caller.of(security)));
    }

    @PUT
    @Path("{id}/screening")
    public Response recordScreening(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the screening form as JSON") ScreeningInput request) {
        return withTag(actions.recordScreening(id, ifMatch, request.toForm(), Caller.of(security)));
    }

    @PUT
    @Path("{id}/outcome")
    public Response decideOutcome(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the outcome as JSON") OutcomeInput request) {
        return withTag(
                actions.decideOutcome(id, ifMatch, request.toDecision(), Caller.of(security)));
    }

    @POST
    @Path("{id}/outcome/revision")
    @RolesAllowed(Roles.BORDER_SUPERVISOR)
    public Response reviseOutcome(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the revision as JSON") OutcomeRevisionInput request) {
        return withTag(
                actions.reviseOutcome(
                        id, ifMatch, request.toDecision(), request.reasons(), Caller.of(security)));
    }

    @POST
    @Path("{id}/outcome/execution")
    public Response executeOutcome(
            @PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return withTag(actions.executeOutcome(id, ifMatch, Caller.of(security)));
    }

    /** The answer to a registration, alone or in a batch: 201 at the encounter, with its view. */
    static Created created(Encounter encounter) {
        return Created.at("encounters/" + encounter.id(), EncounterView.of(encounter));
    }

    private static Response withTag(Encounter encounter) {
        return Response.ok(EncounterView.of(encounter))
                .tag(Versions.etag(encounter.version()))
                .build();
    }
}
