package org.asylon.entry.encounter.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.asylon.entry.encounter.control.EncounterRegistration;
import org.asylon.kernel.idempotency.Created;
import org.asylon.kernel.idempotency.IdempotentCreation;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ConstraintViolationMapper;
import org.asylon.kernel.problem.FieldError;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;

/**
 * Offline batch upload: many encounters, each with its own idempotency key, a result per item. Each
 * item is registered at most once per key under the same endpoint as a single registration ({@link
 * EncountersResource#REGISTER}), so an item first sent alone and then again in a batch (or the
 * reverse) is registered once.
 */
@Path("encounters/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.BORDER_OFFICER, Roles.BORDER_SUPERVISOR})
public class EncounterBatchResource {

    @Inject EncounterRegistration registration;

    @Inject IdempotentCreation creations;

    @Inject Validator validator;

    @Context SecurityContext security;

    @POST
    public BatchResult upload(
            @Valid @NotNull(message = "send the batch as JSON") EncounterBatch batch) {
        Caller caller = Caller.of(security);
        List<BatchResult.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < batch.items().size(); i++) {
            results.add(one(i, batch.items().get(i), caller));
        }
        int replayed = (int) results.stream().filter(BatchResult.ItemResult::replayed).count();
        int created = (int) results.stream().filter(r -> r.status() == 201).count() - replayed;
        return new BatchResult(created, replayed, results.size() - created - replayed, results);
    }

    private BatchResult.ItemResult one(int index, EncounterBatch.Item item, Caller caller) {
        String prefix = "items[" + index + "].";
        try {
            if (item.idempotencyKey() == null || item.idempotencyKey().isBlank()) {
                // the header the single POST asks for does not exist per item: name the field
                throw ProblemException.badRequest(
                        "idempotencyKey",
                        "give each item its own key (for example a UUID"
                                + " made when the form was opened), so that resending the batch registers no one twice");
            }
            if (item.encounter() == null) {
                throw ProblemException.invalidField("encounter", "send the encounter");
            }
            validate(item.encounter());
            NewEncounter request = item.encounter();
            Created created =
                    creations.once(
                            item.idempotencyKey(),
                            caller,
                            EncountersResource.REGISTER,
                            request,
                            () ->
                                    EncountersResource.created(
                                            registration.register(
                                                    request.toRegistration(), caller)));
            String id = Jsons.readObject(created.body()).getString("id");
            // the same answer as a single POST gives: 201, marked as a replay when the key was seen
            // before
            return new BatchResult.ItemResult(
                    index, item.idempotencyKey(), created.status(), id, created.replayed(), null);
        } catch (ProblemException e) {
            ProblemException prefixed = e.prefixFields(prefix);
            JsonObject problem = prefixed.toProblem("/encounters/batch").toJson();
            return new BatchResult.ItemResult(
                    index, item.idempotencyKey(), e.type().status(), null, false, problem);
        }
    }

    private void validate(NewEncounter encounter) {
        Set<ConstraintViolation<NewEncounter>> violations = validator.validate(encounter);
        if (!violations.isEmpty()) {
            List<FieldError> errors =
                    violations.stream()
                            .map(
                                    v ->
                                            new FieldError(
                                                    "encounter."
                                                            + ConstraintViolationMapper.fieldOf(v),
                                                    v.getMessage()))
                            .sorted(Comparator.comparing(FieldError::field))
                            .toList();
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    errors.stream()
                            .map(e -> e.field() + ": " + e.message())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""),
                    errors,
                    Map.of());
        }
    }
}
