package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.PasswordHash;
import org.asylon.kernel.security.Roles;
import org.asylon.training.catalogue.control.Library;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercise.SetupStep;
import org.asylon.training.persona.Persona;
import org.asylon.training.run.entity.RunState;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;
import org.asylon.training.setup.Placeholders;
import org.asylon.training.setup.SetupResult;
import org.asylon.training.setup.SetupRunner;
import org.asylon.training.suite.RunnerAccount;
import org.asylon.training.suite.SuiteCheck;

/**
 * Opens runs on a checked training instance, adds trainees with their accounts and their own copies
 * of the records, and closes runs. Every change is published and audited; the events name runs and
 * accounts, never a trainee's score.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Runs {

    static final String RUN = "training-run";
    static final String TRAINEE = "trainee";
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{2,30}");
    static final Set<String> LANGUAGES = Set.of("en", "fr", "ar", "es");

    private EntityManager em;
    private Library library;
    private SuiteCheck suiteCheck;
    private SetupRunner setup;
    private TraineeAccounts accounts;
    private RunNumbers numbers;
    private EventPublisher events;
    private AuditTrail audit;
    private Clock clock;

    protected Runs() {
        // for CDI's client proxy
    }

    @Inject
    public Runs(
            EntityManager em,
            Library library,
            SuiteCheck suiteCheck,
            SetupRunner setup,
            TraineeAccounts accounts,
            RunNumbers numbers,
            EventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.library = library;
        this.suiteCheck = suiteCheck;
        this.setup = setup;
        this.accounts = accounts;
        this.numbers = numbers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks the suite, records the run and loads the exercise's shared setup. The shared steps'
     * Idempotency-Keys name the run's id, never its number: a number is given again after an open
     * that failed, and a module would replay that attempt's records into another run.
     */
    public TrainingRun open(String exerciseId, String label, String by) {
        Exercise exercise = library.exercise(exerciseId);
        String profile = suiteCheck.requireTraining(exercise.modules(), exercise.profiles());
        Map<String, Persona> cast = library.cast(exercise);
        TrainingRun run =
                new TrainingRun(numbers.next(), exercise.id(), profile, label, by, clock.instant());
        em.persist(run);
        Map<String, String> captures = new HashMap<>();
        SetupResult result =
                setup.run(
                        steps(exercise, false),
                        "training-" + run.id(),
                        placeholders(cast, Map.of(), captures, null),
                        captures,
                        cast.keySet());
        run.captured(Jsons.toJson(result.captures()));
        events.publish(
                "org.asylon.training.run-opened.v1",
                "runs/" + run.id(),
                Jsons.object()
                        .add("runId", run.id())
                        .add("number", run.number())
                        .add("exercise", run.exercise())
                        .add("profile", run.profile())
                        .build());
        audit.record(by, "training-run.opened", RUN, run.id(), describe(run));
        return run;
    }

    /** The trainee's account, roles and password (returned here once, kept only as a hash). */
    public record NewAccount(Trainee trainee, String password) {}

    public NewAccount addTrainee(String runId, String name, String language, String by) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ProblemException.invalidField(
                    "name", "2 to 30 letters, digits or hyphens, e.g. amira-k");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw ProblemException.invalidField("language", "one of en, fr, ar, es");
        }
        TrainingRun run = require(runId);
        run.requireOpen();
        String account = Trainee.account(run.number(), name);
        if (findTrainee(account).isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The run " + run.number() + " has a trainee named " + name + " already.");
        }
        Exercise exercise = library.exercise(run.exercise());
        List<String> roles = new ArrayList<>(exercise.accountRoles());
        if (!roles.contains(Roles.TRAINEE)) {
            roles.add(Roles.TRAINEE);
        }
        String password = RunnerAccount.newPassword();
        Trainee trainee =
                new Trainee(
                        run,
                        name,
                        language,
                        roles,
                        PasswordHash.hash(password.toCharArray()),
                        by,
                        clock.instant());
        em.persist(trainee);
        accounts.addOnCommit(trainee);
        Map<String, Persona> cast = library.cast(exercise);
        Map<String, String> captures = new HashMap<>();
        SetupResult result =
                setup.run(
                        steps(exercise, true),
                        "training-" + run.id() + "-" + name,
                        placeholders(cast, captures, captures(run), account),
                        captures,
                        cast.keySet());
        trainee.setUp(Jsons.toJson(result.captures()), Jsons.toJson(result.seeded()));
        events.publish(
                "org.asylon.training.trainee-added.v1",
                "runs/" + run.id(),
                Jsons.object()
                        .add("runId", run.id())
                        .add("account", account)
                        .add("language", language)
                        .build());
        audit.record(
                by,
                "training-run.trainee-added",
                TRAINEE,
                trainee.id(),
                "run " + run.number() + ", account " + account + ", roles " + roles);
        return new NewAccount(trainee, password);
    }

    /** Keeps the final scorecards and removes the run's accounts from the users file. */
    public TrainingRun close(String runId, String scoresJson, String by) {
        TrainingRun run = require(runId);
        run.close(scoresJson, by, clock.instant());
        accounts.removeRun(run.number());
        events.publish(
                "org.asylon.training.run-closed.v1",
                "runs/" + run.id(),
                Jsons.object()
                        .add("runId", run.id())
                        .add("number", run.number())
                        .add("trainees", trainees(run.id()).size())
                        .build());
        audit.record(by, "training-run.closed", RUN, run.id(), describe(run));
        return run;
    }

    public TrainingRun require(String runId) {
        TrainingRun run = em.find(TrainingRun.class, runId);
        if (run == null) {
            throw ProblemException.notFound("training run", runId);
        }
        return run;
    }

    /** The run of the trainee's account ({@code trainee.<number>.<name>}). */
    public Optional<Trainee> findTrainee(String account) {
        return em.createQuery("SELECT t FROM Trainee t WHERE t.account = :a", Trainee.class)
                .setParameter("a", account)
                .getResultStream()
                .findFirst();
    }

    public List<TrainingRun> list() {
        return em.createQuery(
                        "SELECT r FROM TrainingRun r ORDER BY r.number DESC", TrainingRun.class)
                .getResultList();
    }

    /**
     * A run of an exercise with this label, open or closed (the demo opens its run once: a demo the
     * trainer closed does not come back after a restart).
     */
    public Optional<TrainingRun> findLabelled(String exercise, String label) {
        return em.createQuery(
                        "SELECT r FROM TrainingRun r WHERE r.exercise = :e AND r.label = :l",
                        TrainingRun.class)
                .setParameter("e", exercise)
                .setParameter("l", label)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<Trainee> trainees(String runId) {
        return em.createQuery(
                        "SELECT t FROM Trainee t WHERE t.runId = :r ORDER BY t.addedAt, t.name",
                        Trainee.class)
                .setParameter("r", runId)
                .getResultList();
    }

    /** The trainees of every open run: their accounts belong in the users file. */
    public List<Trainee> openTrainees() {
        return em.createQuery(
                        "SELECT t FROM Trainee t, TrainingRun r WHERE t.runId = r.id AND r.state ="
                                + " :s",
                        Trainee.class)
                .setParameter("s", RunState.OPEN)
                .getResultList();
    }

    public void audited(String by, String action, String runId, String details) {
        audit.record(by, action, RUN, runId, details);
    }

    static Map<String, String> captures(TrainingRun run) {
        JsonObject o = Jsons.readObject(run.captures());
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

    private static String describe(TrainingRun run) {
        return "run "
                + run.number()
                + " of "
                + run.exercise()
                + " under "
                + run.profile()
                + (run.label() == null ? "" : ", label " + run.label())
                + ", "
                + run.state();
    }
}
