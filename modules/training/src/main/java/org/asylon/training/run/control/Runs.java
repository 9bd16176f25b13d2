package org.asylon.training.run.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.asylon.training.run.entity.RunState;
import org.asylon.training.run.entity.Trainee;
import org.asylon.training.run.entity.TrainingRun;
import org.asylon.training.suite.RunnerAccount;

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
            TraineeAccounts accounts,
            RunNumbers numbers,
            EventPublisher events,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.library = library;
        this.accounts = accounts;
        this.numbers = numbers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the run whose shared setup {@link Opening} loaded, under the id the setup's
     * Idempotency-Keys name (never its number: a number is given once, from a counter).
     */
    public TrainingRun open(Opening.PreparedRun prepared, String label, String by) {
        TrainingRun run =
                new TrainingRun(
                        prepared.id(),
                        numbers.next(),
                        prepared.exercise(),
                        prepared.profile(),
                        label,
                        by,
                        clock.instant());
        run.captured(prepared.captures());
        em.persist(run);
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

    /**
     * Checks a new trainee against the run before their setup is loaded: the run is open, the name
     * and language are valid; empty if the run has a trainee of that name already (a retry, or a
     * second trainee of that name, which {@link #addTrainee} refuses).
     */
    public Optional<Opening.RunFacts> beforeTrainee(String runId, String name, String language) {
        checkTrainee(name, language);
        TrainingRun run = require(runId);
        run.requireOpen();
        if (findTrainee(Trainee.account(run.number(), name)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                new Opening.RunFacts(run.id(), run.number(), run.exercise(), run.captures()));
    }

    private static void checkTrainee(String name, String language) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw ProblemException.invalidField(
                    "name", "2 to 30 letters, digits or hyphens, e.g. amira-k");
        }
        if (language == null || !LANGUAGES.contains(language)) {
            throw ProblemException.invalidField("language", "one of en, fr, ar, es");
        }
    }

    /** The trainee's account, roles and password (returned here once, kept only as a hash). */
    public record NewAccount(Trainee trainee, String password) {}

    /** Records the trainee whose own records {@link Opening} loaded. */
    public NewAccount addTrainee(
            String runId,
            String name,
            String language,
            Opening.PreparedTrainee prepared,
            String by) {
        checkTrainee(name, language);
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
        trainee.setUp(prepared.captures(), prepared.seeded());
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

    /**
     * Keeps the final scorecards; the run's trainees keep their accounts with the trainee role
     * only, to read their feedback, which is shown from now on, and to act in no module any more.
     */
    public TrainingRun close(String runId, String scoresJson, String by) {
        TrainingRun run = require(runId);
        run.close(scoresJson, by, clock.instant());
        accounts.keepOnlyForFeedback(trainees(run.id()));
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
