package org.asylon.training.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.exercise.Exercise;

/** The exercises a trainer can run, and one with its cast, key and critical errors. */
@Path("exercises")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.TRAINER)
public class ExercisesResource {

    @Inject Library library;

    @Inject AuditTrail audit;

    @Context SecurityContext security;

    @GET
    @Transactional
    public List<ExerciseSummary> list() {
        List<ExerciseSummary> all = library.exercises().stream().map(ExerciseSummary::of).toList();
        audit.record(Caller.of(security).name(), "exercise.listed", "exercise", "all", "");
        return all;
    }

    @GET
    @Path("{id}")
    @Transactional
    public ExerciseDetail get(@PathParam("id") String id) {
        Exercise exercise = library.exercise(id);
        ExerciseDetail detail = ExerciseDetail.of(exercise, library.cast(exercise));
        audit.record(Caller.of(security).name(), "exercise.read", "exercise", id, "");
        return detail;
    }
}
