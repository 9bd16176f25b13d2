package org.asylon.rsd.casework.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.code.LanguageCode;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.rsd.casework.control.StaffRegistry;
import org.asylon.rsd.casework.entity.Interpreter;

/** The interpreters registry: read by RSD staff, kept by the RSD supervisor. */
@Path("interpreters")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ELIGIBILITY_OFFICER, Roles.RSD_SUPERVISOR})
public class InterpretersResource {

    @Inject StaffRegistry registry;

    @Inject IdempotentCreation creations;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @Context UriInfo uri;

    @POST
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response register(
            @HeaderParam(IdempotentCreation.HEADER) String key,
            @Valid @NotNull(message = "send the interpreter as JSON") NewInterpreter request) {
        Caller caller = Caller.of(security);
        return creations.respond(
                key,
                caller,
                "POST interpreters",
                request,
                uri,
                () -> {
                    Interpreter interpreter =
                            registry.registerInterpreter(
                                    request.name().trim(),
                                    request.languages(),
                                    request.gender(),
                                    request.contact(),
                                    caller.name());
                    return Created.at(
                            "interpreters/" + interpreter.id(), InterpreterView.of(interpreter));
                });
    }

    @GET
    @Transactional
    public List<InterpreterView> list(
            @QueryParam("language") @LanguageCode String language,
            @QueryParam("gender") String gender,
            @QueryParam("includeInactive") boolean includeInactive) {
        List<Interpreter> found =
                registry.interpreters(language, Params.gender("gender", gender), includeInactive);
        audit.record(
                Caller.of(security).name(),
                "interpreter.listed",
                "interpreter-list",
                "all",
                found.size() + " record(s)");
        return found.stream().map(InterpreterView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public Response one(@PathParam("id") String id) {
        Interpreter interpreter = registry.interpreter(id);
        audit.record(Caller.of(security).name(), "interpreter.read", "interpreter", id, null);
        return Response.ok(InterpreterView.of(interpreter))
                .tag(Versions.etag(interpreter.version()))
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.RSD_SUPERVISOR)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull(message = "send the interpreter as JSON") InterpreterChange change) {
        Interpreter interpreter =
                registry.updateInterpreter(
                        id,
                        ifMatch,
                        change.name().trim(),
                        change.languages(),
                        change.gender(),
                        change.contact(),
                        change.active(),
                        Caller.of(security).name());
        return Response.ok(InterpreterView.of(interpreter))
                .tag(Versions.etag(interpreter.version()))
                .build();
    }
}
