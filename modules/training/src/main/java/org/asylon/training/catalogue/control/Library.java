package org.asylon.training.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.persona.Persona;

/**
 * The exercises ({@code training/exercises/*.json}, packed in the personas jar) and their casts:
 * each exercise's personas are drawn from the cohort its seed generates under its own legal
 * profile, so that the trainer, the setup and the scorer see the same people.
 */
@ApplicationScoped
public class Library {

    private ActiveProfile profiles;

    protected Library() {
        // for CDI's client proxy
    }

    @Inject
    public Library(ActiveProfile profiles) {
        this.profiles = profiles;
    }

    public List<Exercise> exercises() {
        throw unavailable("Exercises.load");
    }

    public Exercise exercise(String id) {
        return exercises().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("exercise", id));
    }

    /** The exercise's legal profile, loaded as the modules load theirs. */
    public LegalProfile profile(Exercise exercise) {
        return profile(exercise.profile());
    }

    /** A legal profile by name, loaded as the modules load theirs. */
    public LegalProfile profile(String name) {
        return profiles.named(name);
    }

    /** Alias → persona. */
    public Map<String, Persona> cast(Exercise exercise) {
        throw unavailable("Cohort.generate and Cast.resolve");
    }

    /** Entry's {@code person} object of {@code POST encounters} for the persona. */
    public JsonObject entryPerson(Persona persona) {
        throw unavailable("EntryInput");
    }

    /** Entry's {@code documents} array of {@code POST encounters} for the persona. */
    public JsonArray entryDocuments(Persona persona) {
        throw unavailable("EntryInput");
    }

    private static ProblemException unavailable(String what) {
        return new ProblemException(
                ProblemType.UNAVAILABLE,
                "The exercises are not in this build: the personas module lacks " + what + ".");
    }
}
