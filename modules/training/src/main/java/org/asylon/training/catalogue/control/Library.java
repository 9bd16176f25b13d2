package org.asylon.training.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.training.exercise.Cast;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercises;
import org.asylon.training.persona.Cohort;
import org.asylon.training.persona.EntryInput;
import org.asylon.training.persona.Persona;

/**
 * The exercises ({@code training/exercises/*.json}, packed in the personas jar) and their casts:
 * each exercise's personas are drawn from the cohort its seed generates under its own legal
 * profile, so that the trainer, the setup and the scorer see the same people.
 */
@ApplicationScoped
public class Library {

    private ActiveProfile profiles;
    // the exercises ship in the jar and a cohort takes a moment to generate: both read once
    private volatile List<Exercise> exercises;
    private final Map<String, Map<String, Persona>> casts = new ConcurrentHashMap<>();

    protected Library() {
        // for CDI's client proxy
    }

    @Inject
    public Library(ActiveProfile profiles) {
        this.profiles = profiles;
    }

    public List<Exercise> exercises() {
        List<Exercise> loaded = exercises;
        if (loaded == null) {
            loaded = Exercises.load();
            exercises = loaded;
        }
        return loaded;
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

    /**
     * Alias → persona. The persona facts a seed gives do not depend on the profile (only their
     * ground truth does), so the cast is the same under every profile the exercise holds for; it is
     * drawn under the exercise's own.
     */
    public Map<String, Persona> cast(Exercise exercise) {
        return casts.computeIfAbsent(
                exercise.id(),
                id ->
                        Cast.resolve(
                                exercise,
                                Cohort.generate(
                                        exercise.cohortSeed(),
                                        profile(exercise),
                                        Exercises.COHORT_REFERENCE_DATE)));
    }

    /** Entry's {@code person} object of {@code POST encounters} for the persona. */
    public JsonObject entryPerson(Persona persona) {
        return EntryInput.person(persona);
    }

    /** Entry's {@code documents} array of {@code POST encounters} for the persona. */
    public JsonArray entryDocuments(Persona persona) {
        return EntryInput.documents(persona);
    }
}
