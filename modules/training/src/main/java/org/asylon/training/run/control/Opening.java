package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercise.SetupStep;
import org.asylon.training.persona.Persona;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.setup.Placeholders;
import org.asylon.training.setup.SetupResult;
import org.asylon.training.setup.SetupRunner;
import org.asylon.training.suite.SuiteCheck;

/**
 * The calls to the modules that open a run or add a trainee: the suite check and the exercise's
 * setup, made before the runner's own transaction begins and outside it, since a setup step may
 * wait up to a minute and a half for a module. The records they make are named by the run's id (and
 * the trainee's name) in every Idempotency-Key, so a retry replays them; {@link Runs} then records
 * the run or the trainee in one short transaction.
 */
@ApplicationScoped
public class Opening {

    /** A run's shared setup done: its id, exercise, the profile the suite applies, captures. */
    public record PreparedRun(String id, String exercise, String profile, String captures) {}

    /** A trainee's own setup done: the captures and the records seeded as personas' (JSON). */
    public record PreparedTrainee(String captures, String seeded) {}

    /** What the trainee's setup needs of the run, read in a transaction of its own. */
    public record RunFacts(String id, long number, String exercise, String captures) {}

    private Library library;
    private SuiteCheck suiteCheck;
    private SetupRunner setup;
    private Clock clock;

    protected Opening() {
        // for CDI's client proxy
    }

    @Inject
    public Opening(Library library, SuiteCheck suiteCheck, SetupRunner setup, Clock clock) {
        this.library = library;
        this.suiteCheck = suiteCheck;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * The id of the run that the caller's request under this Idempotency-Key opens: the same on a
     * retry, so that the modules replay the first attempt's records instead of making new ones.
     */
    public static String runId(String caller, String idempotencyKey) {
        return UUID.nameUUIDFromBytes(
                        ("training-run\n" + caller + "\n" + idempotencyKey)
                                .getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Checks the suite and loads the exercise's shared setup for the run {@code runId}. */
    public PreparedRun prepareRun(String exerciseId, String runId) {
        Exercise exercise = library.exercise(exerciseId);
        String profile = suiteCheck.requireTraining(exercise.modules(), exercise.profiles());
        Map<String, Persona> cast = library.cast(exercise);
        Map<String, String> captures = new HashMap<>();
        SetupResult result =
                setup.run(
                        steps(exercise, false),
                        "training-" + runId,
                        placeholders(cast, Map.of(), captures, null),
                        captures,
                        cast.keySet());
        return new PreparedRun(runId, exercise.id(), profile, Jsons.toJson(result.captures()));
    }

    /** Loads the trainee's own copies of the exercise's records. */
    public PreparedTrainee prepareTrainee(RunFacts run, String name) {
        Exercise exercise = library.exercise(run.exercise());
        Map<String, Persona> cast = library.cast(exercise);
        Map<String, String> captures = new HashMap<>();
        SetupResult result =
                setup.run(
                        steps(exercise, true),
                        "training-" + run.id() + "-" + name,
                        placeholders(
                                cast,
                                captures,
                                strings(Jsons.readObject(run.captures())),
                                Trainee.account(run.number(), name)),
                        captures,
                        cast.keySet());
        return new PreparedTrainee(Jsons.toJson(result.captures()), Jsons.toJson(result.seeded()));
    }

    static Map<String, String> strings(JsonObject o) {
        Map<String, String> out = new HashMap<>();
        o.forEach((k, v) -> out.put(k, o.getString(k)));
        return out;
    }

    private Placeholders placeholders(
            Map<String, Persona> cast,
            Map<String, String> traineeCaptures,
            Map<String, String> runCaptures,
            String trainee) {
        return new Placeholders(
                cast,
                traineeCaptures,
                runCaptures,
                trainee,
                clock,
                library::entryPerson,
                library::entryDocuments);
    }

    private static List<SetupStep> steps(Exercise exercise, boolean perTrainee) {
        return exercise.setup().stream().filter(s -> s.perTrainee() == perTrainee).toList();
    }
}
