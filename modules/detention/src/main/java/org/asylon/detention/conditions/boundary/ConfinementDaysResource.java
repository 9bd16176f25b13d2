package org.asylon.detention.conditions.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.asylon.detention.conditions.control.Confinements;
import org.asylon.detention.conditions.entity.ConfinementDay;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * A detained person's confinement, one record per day: recorded and corrected by detention officers
 * and the detention authority, read by them and by monitors (every read audited).
 */
@Path("people/{personId}/confinement-days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY})
public class ConfinementDaysResource {

    @Inject Confinements confinements;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @PathParam("personId")
    String personId;

    @POST
    public Response record(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the day as JSON") NewConfinementDay request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST people/confinement-days",
                Map.of("person", personId, "day", request),
                uri,
                () -> {
                    ConfinementDay day =
                            confinements.record(
                                    personId,
                                    request.date(),
                                    request.hoursWithoutMeaningfulContact(),
                                    blankToNull(request.authorisedBy()),
                                    blankToNull(request.reason()),
                                    request.worsened(),
                                    caller.name());
                    return Created.at(
                            "people/" + personId + "/confinement-days/" + day.date(),
                            view(day.date()));
                });
    }

    @GET
    @Path("{date}")
    @RolesAllowed({Roles.DETENTION_OFFICER, Roles.DETENTION_AUTHORITY, Roles.MONITOR})
    @Transactional
    public Response one(@PathParam("date") String date) {
        LocalDate day = date(date);
        ConfinementDayView view = view(day);
        audit.record(
                Caller.of(security).name(),
                "confinement-day.read",
                "confinement-day",
                view.id(),
                "person " + personId + ", " + day);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    @PUT
    @Path("{date}")
    @Transactional
    public Response correct(
            @PathParam("date") String date,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the corrected day as JSON")
                    ConfinementDayInput request) {
        LocalDate day = date(date);
        confinements.correct(
                personId,
                day,
                ifMatch,
                request.hoursWithoutMeaningfulContact(),
                blankToNull(request.authorisedBy()),
                blankToNull(request.reason()),
                request.worsened(),
                Caller.of(security).name());
        ConfinementDayView view = view(day);
        return Response.ok(view).tag(Versions.etag(view.version())).build();
    }

    private ConfinementDayView view(LocalDate date) {
        Confinements.Record record = confinements.of(personId);
        for (int i = 0; i < record.days().size(); i++) {
            if (record.days().get(i).date().equals(date)) {
                return ConfinementDayView.of(
                        record.days().get(i), record.assessment().days().get(i));
            }
        }
        throw ProblemException.notFound("confinement record", personId + "/" + date);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("date", "must be a date as YYYY-MM-DD");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
