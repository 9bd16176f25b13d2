package org.asylon.training.exercise;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.security.Roles;
import org.asylon.training.exercise.Exercise.CriticalError;
import org.asylon.training.exercise.Exercise.CriticalError.When;
import org.asylon.training.exercise.Exercise.KeyItem;
import org.asylon.training.exercise.Exercise.SetupStep;
import org.asylon.training.exercise.Exercise.Texts;
import org.asylon.training.persona.GroundTruth;
import org.asylon.training.persona.GroundTruth.Requirement;
import org.asylon.training.persona.Observation;
import org.asylon.training.persona.Persona;

/**
 * Checks an exercise's answer key against the legal profile it names and the ground truth of the
 * personas cast for it. A key that rewards what the law forbids, or lets a trainee refoule someone
 * without a critical error, would teach the wrong thing with the suite's authority: the build runs
 * this over every exercise and fails on any problem ({@code ExerciseKeysTest}).
 *
 * <p>The checks, each a problem naming the exercise and the item: rules neither in the profile nor
 * among {@link SuiteRules#INVARIANTS}; observations not in {@link Observation}'s vocabulary or of a
 * module the exercise does not list; aliases not cast; tasks not declared; texts missing English,
 * French or Arabic; roles not in {@link Roles#ALL}; points for an observation the ground truth
 * forbids; a critical error present on what the truth requires or absent on what it forbids; a
 * forbidden observation (of a cast persona, in the exercise's modules) that no {@code PRESENT}
 * critical error covers; a required protection request or asylum referral that neither a key item
 * nor an {@code ABSENT} critical error covers; an exercise without a critical error; a critical
 * error of a kind the runner cannot observe yet ({@link #NOT_OBSERVABLE}); and setup steps whose
 * placeholders name nothing.
 *
 * <p>A trainee acts only in the modules of the exercise's account roles ({@link #ROLE_MODULES}):
 * what the law demands is demanded of them there, and a key item or critical error on another
 * module's observation is a problem (points nobody can earn, a penalty nobody can avoid).
 */
public final class KeyValidation {

    /** The languages every text must have (issue 15: English, French and Arabic at least). */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar");

    /** The modules an exercise can name: those with an event feed the scorer reads. */
    public static final Set<String> MODULES =
            Set.of("entry", "reception", "rsd", "detention", "return", "readmission");

    /**
     * The module each officer's role acts in: a trainee can change records (and so leave
     * observations) only in the modules of their exercise's account roles.
     */
    public static final Map<String, String> ROLE_MODULES =
            Map.ofEntries(
                    Map.entry(Roles.BORDER_OFFICER, "entry"),
                    Map.entry(Roles.BORDER_SUPERVISOR, "entry"),
                    Map.entry(Roles.RECEPTION_OFFICER, "reception"),
                    Map.entry(Roles.ELIGIBILITY_OFFICER, "rsd"),
                    Map.entry(Roles.RSD_SUPERVISOR, "rsd"),
                    Map.entry(Roles.DETENTION_OFFICER, "detention"),
                    Map.entry(Roles.DETENTION_AUTHORITY, "detention"),
                    Map.entry(Roles.FACILITY_MANAGER, "detention"),
                    Map.entry(Roles.MONITOR, "detention"),
                    Map.entry(Roles.RETURN_OFFICER, "return"),
                    Map.entry(Roles.RETURN_AUTHORITY, "return"),
                    Map.entry(Roles.RETURN_OPERATIONS, "return"),
                    Map.entry(Roles.LIAISON_OFFICER, "readmission"),
                    Map.entry(Roles.READMISSION_AUTHORITY, "readmission"));

    /**
     * Observations about no person: a monitoring body's visit, findings and recommendations name a
     * facility, never a detained person (detention's {@code MonitoringEvents}). Their key items
     * name no persona.
     */
    public static final Set<String> ABOUT_NO_PERSON =
            Set.of(
                    Observation.DETENTION_VISIT_RECORDED,
                    Observation.DETENTION_FINDING_RECORDED,
                    Observation.DETENTION_RECOMMENDATION_MADE);

    /**
     * Critical error kinds no observation can show yet, with why: a key citing one would promise a
     * penalty the runner can never give.
     */
    public static final Map<Exercise.CriticalKind, String> NOT_OBSERVABLE =
            Map.of(
                    Exercise.CriticalKind.RSD_CONTENT_LEAKED,
                    "RSD content never leaves RSD through the modules' APIs (rsd.confidentiality),"
                            + " and a leak outside the system leaves nothing in the feeds or audit"
                            + " trails the runner reads");

    /** Required observations a key must score (or make critical when absent). */
    static final List<String> MUST_BE_SCORED =
            List.of(
                    Observation.ENTRY_PROTECTION_REQUESTED,
                    Observation.RECEPTION_REFERRAL + "ASYLUM_PROCEDURE");

    private final Exercise exercise;
    private final LegalProfile profile;
    private final Map<String, Persona> cast;
    private final List<String> problems = new ArrayList<>();
    private final Set<String> workedIn;

    private KeyValidation(Exercise exercise, LegalProfile profile, Map<String, Persona> cast) {
        this.exercise = exercise;
        this.profile = profile;
        this.cast = cast;
        this.workedIn = workedIn(exercise);
    }

    /** The modules the exercise's trainees can act in: those of its account roles it lists. */
    public static Set<String> workedIn(Exercise exercise) {
        Set<String> modules = new java.util.TreeSet<>();
        for (String role : exercise.accountRoles()) {
            String module = ROLE_MODULES.get(role);
            if (module != null && exercise.modules().contains(module)) {
                modules.add(module);
            }
        }
        return modules;
    }

    /** The problems of the exercise's key; empty when it agrees with the profile and the cast. */
    public static List<String> validate(
            Exercise exercise, LegalProfile profile, Map<String, Persona> cast) {
        KeyValidation v = new KeyValidation(exercise, profile, cast);
        v.header();
        v.texts();
        v.ids();
        exercise.key().forEach(v::keyItem);
        exercise.critical().forEach(v::critical);
        v.coverage();
        v.setup();
        return List.copyOf(v.problems);
    }

    private void problem(String what) {
        problems.add(exercise.id() + ": " + what);
    }

    private void header() {
        if (!exercise.profiles().contains(profile.name())) {
            problem(
                    "names profile "
                            + exercise.profile()
                            + " but is validated against "
                            + profile.name());
        }
        Set<String> roles = Set.of(Roles.ALL);
        if (!roles.contains(exercise.role())) {
            problem("role " + exercise.role() + " is not a role of the suite");
        }
        for (String role : exercise.accountRoles()) {
            if (!roles.contains(role)) {
                problem("account role " + role + " is not a role of the suite");
            }
        }
        for (String module : exercise.modules()) {
            if (!MODULES.contains(module)) {
                problem("module " + module + " is not one the runner can load or score");
            }
        }
        if (workedIn.isEmpty()) {
            problem(
                    "account roles "
                            + exercise.accountRoles()
                            + " act in none of the exercise's modules: nobody can earn a point");
        }
        if (exercise.minutes() <= 0) {
            problem("minutes must be positive");
        }
        if (exercise.critical().isEmpty()) {
            problem(
                    "has no critical error: every exercise weighs at least one harm heavily (issue"
                            + " 15), or a trainee who does it still scores well");
        }
    }

    private void texts() {
        Map<String, Texts> texts = new LinkedHashMap<>();
        texts.put("title", exercise.title());
        texts.put("briefing", exercise.briefing());
        exercise.cast().forEach(c -> texts.put("cast " + c.alias() + " note", c.note()));
        exercise.tasks().forEach(t -> texts.put("task " + t.id(), t.text()));
        exercise.key().forEach(k -> texts.put("key " + k.id() + " explanation", k.explanation()));
        exercise.critical()
                .forEach(c -> texts.put("critical " + c.id() + " explanation", c.explanation()));
        texts.forEach(
                (where, text) -> {
                    for (String language : LANGUAGES) {
                        String value = text.byLanguage().get(language);
                        if (value == null || value.isBlank()) {
                            problem(where + " has no text in '" + language + "'");
                        }
                    }
                });
    }

    private void ids() {
        unique("cast alias", exercise.cast(), Exercise.CastMember::alias);
        unique("task", exercise.tasks(), Exercise.Task::id);
        unique("key item", exercise.key(), KeyItem::id);
        unique("critical error", exercise.critical(), CriticalError::id);
        unique("setup step", exercise.setup(), SetupStep::id);
        for (var member : exercise.cast()) {
            if (!member.alias().matches("[A-Z][A-Za-z0-9]*")) {
                problem("cast alias " + member.alias() + " must start with a capital letter");
            }
        }
    }

    private <T> void unique(String what, List<T> items, Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                problem(what + " " + id.apply(item) + " is declared twice");
            }
        }
    }

    private void keyItem(KeyItem k) {
        String where = "key " + k.id();
        if (exercise.tasks().stream().noneMatch(t -> t.id().equals(k.task()))) {
            problem(where + ": task " + k.task() + " is not declared");
        }
        if (k.points() <= 0) {
            problem(where + ": points must be positive");
        }
        rule(where, k.rule());
        boolean known = observation(where, k.observation());
        if (known) {
            actedIn(where, k.observation(), "points nobody can earn");
        }
        if (ABOUT_NO_PERSON.contains(k.observation())) {
            if (k.persona() != null) {
                problem(
                        where
                                + ": "
                                + k.observation()
                                + " names no person: the key item names no persona");
            }
            return;
        }
        GroundTruth truth = truth(where, k.persona());
        if (known && truth != null && k.points() > 0 && truth.forbids(k.observation())) {
            problem(
                    where
                            + ": gives points for "
                            + k.observation()
                            + ", which the ground truth of "
                            + k.persona()
                            + " forbids ("
                            + reason(truth.forbids(), k.observation())
                            + ")");
        }
    }

    private void critical(CriticalError c) {
        String where = "critical " + c.id();
        if (c.penalty() <= 0) {
            problem(where + ": penalty must be positive");
        }
        if (NOT_OBSERVABLE.containsKey(c.kind())) {
            problem(
                    where
                            + ": kind "
                            + c.kind()
                            + " is not scored yet: "
                            + NOT_OBSERVABLE.get(c.kind()));
        }
        rule(where, c.rule());
        boolean known = observation(where, c.observation());
        if (known) {
            actedIn(
                    where,
                    c.observation(),
                    c.when() == When.ABSENT
                            ? "a penalty nobody can avoid"
                            : "an error nobody can make");
        }
        if (ABOUT_NO_PERSON.contains(c.observation())) {
            if (c.persona() != null) {
                problem(
                        where
                                + ": "
                                + c.observation()
                                + " names no person: the critical error names no persona");
            }
            return;
        }
        GroundTruth truth = truth(where, c.persona());
        if (!known || truth == null) {
            return;
        }
        if (c.when() == When.PRESENT && truth.requires(c.observation())) {
            problem(
                    where
                            + ": makes "
                            + c.observation()
                            + " a critical error, but the ground truth of "
                            + c.persona()
                            + " requires it ("
                            + reason(truth.requires(), c.observation())
                            + ")");
        }
        if (c.when() == When.ABSENT && truth.forbids(c.observation())) {
            problem(
                    where
                            + ": makes the absence of "
                            + c.observation()
                            + " a critical error, but the ground truth of "
                            + c.persona()
                            + " forbids it ("
                            + reason(truth.forbids(), c.observation())
                            + ")");
        }
    }

    /** What the law forbids must be critical when done; what it requires most must be scored. */
    private void coverage() {
        cast.forEach(
                (alias, persona) -> {
                    if (exercise.cast().stream().noneMatch(c -> c.alias().equals(alias))) {
                        return;
                    }
                    for (Requirement forbidden : persona.truth().forbids()) {
                        if (inModules(forbidden.observation())
                                && !critical(alias, forbidden.observation(), When.PRESENT)) {
                            problem(
                                    "the ground truth of "
                                            + alias
                                            + " forbids "
                                            + forbidden.observation()
                                            + " ("
                                            + forbidden.rule()
                                            + "), but no PRESENT critical error covers it");
                        }
                    }
                    for (Requirement required : persona.truth().requires()) {
                        String observation = required.observation();
                        if (MUST_BE_SCORED.contains(observation)
                                && inModules(observation)
                                && exercise.key().stream()
                                        .noneMatch(
                                                k ->
                                                        alias.equals(k.persona())
                                                                && k.observation()
                                                                        .equals(observation))
                                && !critical(alias, observation, When.ABSENT)) {
                            problem(
                                    "the ground truth of "
                                            + alias
                                            + " requires "
                                            + observation
                                            + " ("
                                            + required.rule()
                                            + "), but neither a key item nor an ABSENT critical"
                                            + " error covers it");
                        }
                    }
                });
    }

    private boolean critical(String alias, String observation, When when) {
        return exercise.critical().stream()
                .anyMatch(
                        c ->
                                alias.equals(c.persona())
                                        && c.observation().equals(observation)
                                        && c.when() == when);
    }

    /** Whether the trainee can act in the observation's module: the law's demands stop there. */
    private boolean inModules(String observation) {
        return Observation.kindOf(observation)
                .map(k -> workedIn.contains(k.module()))
                .orElse(false);
    }

    /** A problem when the observation is of a module the trainee cannot act in. */
    private void actedIn(String where, String observation, String consequence) {
        String module = Observation.module(observation);
        if (exercise.modules().contains(module) && !workedIn.contains(module)) {
            problem(
                    where
                            + ": "
                            + observation
                            + " is read from module "
                            + module
                            + ", where the trainee (account roles "
                            + String.join(", ", exercise.accountRoles())
                            + ") cannot act: "
                            + consequence);
        }
    }

    private void rule(String where, String rule) {
        // a readmission regime's rules (regime.*) are the profile's too: it names the regimes that
        // bind the state in readmission.regimes
        boolean ofARegime = profile.regimes().stream().anyMatch(r -> r.rules().has(rule));
        if (!profile.has(rule) && !ofARegime && !SuiteRules.isInvariant(rule)) {
            problem(
                    where
                            + ": rule "
                            + rule
                            + " is neither a rule of "
                            + profile.name()
                            + " or of its readmission regimes nor one of the suite's invariant"
                            + " rules");
        }
    }

    /** Whether the observation is in the vocabulary; a problem if not, or not in the modules. */
    private boolean observation(String where, String observation) {
        var kind = Observation.kindOf(observation);
        if (kind.isEmpty()) {
            problem(where + ": " + observation + " is not an observation (see Observation)");
            return false;
        }
        if (!exercise.modules().contains(kind.get().module())) {
            problem(
                    where
                            + ": "
                            + observation
                            + " is read from module "
                            + kind.get().module()
                            + ", which the exercise does not list");
        }
        return true;
    }

    private GroundTruth truth(String where, String alias) {
        Persona persona = alias == null ? null : cast.get(alias);
        if (persona == null || exercise.cast().stream().noneMatch(c -> c.alias().equals(alias))) {
            problem(where + ": persona " + alias + " is not cast");
            return null;
        }
        return persona.truth();
    }

    private static String reason(List<Requirement> requirements, String observation) {
        return requirements.stream()
                .filter(r -> r.observation().equals(observation))
                .map(r -> r.rule() + ": " + r.why())
                .findFirst()
                .orElse("");
    }

    /** Setup steps: known modules, captures tied to cast aliases, placeholders that resolve. */
    private void setup() {
        Set<String> aliases = cast.keySet();
        Set<String> shared = new HashSet<>();
        Set<String> perTrainee = new HashSet<>();
        for (SetupStep step : exercise.setup()) {
            String where = "setup " + step.id();
            if (!exercise.modules().contains(step.module())) {
                problem(where + ": module " + step.module() + " is not listed by the exercise");
            }
            if (step.path().startsWith("/")) {
                problem(where + ": path is relative to <module>/api/v1/ and must not start with /");
            }
            List<String> strings = new ArrayList<>();
            strings.add(step.path());
            if (step.ifMatch() != null) {
                strings.add(step.ifMatch());
            }
            collect(step.body(), strings);
            collect(step.where(), strings);
            for (String text : strings) {
                for (String token : Placeholder.tokens(text)) {
                    placeholder(where, step, text, token, aliases, shared, perTrainee);
                }
            }
            if (step.capture() != null) {
                String capture = step.capture();
                if (!Placeholder.isCaptureName(capture)) {
                    problem(where + ": capture " + capture + " must read name or name.ALIAS");
                } else {
                    Placeholder.aliasOfCapture(capture)
                            .filter(a -> !aliases.contains(a))
                            .ifPresent(
                                    a ->
                                            problem(
                                                    where
                                                            + ": capture "
                                                            + capture
                                                            + " names "
                                                            + a
                                                            + ", not cast"));
                }
                if (!(step.perTrainee() ? perTrainee : shared).add(capture)) {
                    problem(where + ": capture " + capture + " is made twice");
                }
            }
        }
    }

    private void placeholder(
            String where,
            SetupStep step,
            String text,
            String token,
            Set<String> aliases,
            Set<String> shared,
            Set<String> perTrainee) {
        Placeholder p;
        try {
            p = Placeholder.parse(token, aliases);
        } catch (IllegalArgumentException e) {
            problem(where + ": {{" + token + "}}: " + e.getMessage());
            return;
        }
        switch (p.kind()) {
            case PERSON, DOCUMENTS -> {
                if (!Placeholder.isWhole(text)) {
                    problem(
                            where
                                    + ": {{"
                                    + token
                                    + "}} must be a whole string (it is an object or array)");
                }
            }
            case CAPTURE -> {
                boolean known =
                        shared.contains(p.name())
                                || step.perTrainee() && perTrainee.contains(p.name());
                if (!known) {
                    problem(
                            where
                                    + ": {{"
                                    + token
                                    + "}} names no capture of an earlier "
                                    + (step.perTrainee() ? "" : "shared ")
                                    + "step");
                }
            }
            case TRAINEE -> {
                if (!step.perTrainee()) {
                    problem(where + ": {{trainee}} only in a per-trainee step");
                }
            }
            default -> {}
        }
    }

    private static void collect(JsonValue value, List<String> strings) {
        if (value instanceof JsonString s) {
            strings.add(s.getString());
        } else if (value instanceof JsonObject o) {
            o.values().forEach(v -> collect(v, strings));
        } else if (value instanceof JsonArray a) {
            a.forEach(v -> collect(v, strings));
        }
    }
}
