package org.asylon.training.suite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * Before anything is loaded: every module the exercise needs answers, reports {@code "purpose":
 * "training"} in its database readiness check (a module of a training instance marks its fresh
 * database and refuses one that holds real records), and applies the legal profile the exercise's
 * key is written for. Otherwise the run is refused with a 409 naming the module.
 */
@ApplicationScoped
public class SuiteCheck {

    public static final String NOT_A_TRAINING_INSTANCE = "not-a-training-instance";
    public static final String WRONG_PROFILE = "wrong-profile";

    /** Why one module cannot take the exercise. */
    public record Refusal(String code, String module, String detail) {

        public ProblemException problem() {
            return new ProblemException(
                    ProblemType.CONFLICT,
                    detail,
                    List.of(),
                    Map.of("code", code, "module", module));
        }
    }

    private Suite suite;

    protected SuiteCheck() {
        // for CDI's client proxy
    }

    @Inject
    public SuiteCheck(Suite suite) {
        this.suite = suite;
    }

    /**
     * Throws the first refusal as a problem.
     *
     * @param profiles the profiles the exercise's key holds under
     * @return the profile the modules apply, one of {@code profiles}
     */
    public String requireTraining(List<String> modules, List<String> profiles) {
        JsonObject readiness = suite.readiness().object();
        List<String> allowed = profiles;
        String active = null;
        for (String module : modules) {
            // a module that is not a training instance is refused before the runner signs in
            // there: it does not know the runner's account
            Optional<Refusal> untrained = judgeReadiness(module, readiness);
            if (untrained.isPresent()) {
                throw untrained.get().problem();
            }
            Answer rules = suite.get(module, "profile/rules");
            Optional<Refusal> refusal = judge(module, allowed, readiness, rules);
            if (refusal.isPresent()) {
                throw refusal.get().problem();
            }
            // every module must apply the same profile as the first: a key is scored under one
            active = activeProfile(rules);
            allowed = List.of(active);
        }
        return active;
    }

    /**
     * @param readiness the server's {@code /health/ready} answer
     * @param rules the module's {@code GET profile/rules} answer (each rule names the profile)
     */
    static Optional<Refusal> judge(
            String module, List<String> profiles, JsonObject readiness, Answer rules) {
        Optional<Refusal> untrained = judgeReadiness(module, readiness);
        if (untrained.isPresent()) {
            return untrained;
        }
        if (!rules.ok() || !(rules.body() instanceof JsonArray list) || list.isEmpty()) {
            return Optional.of(
                    new Refusal(
                            NOT_A_TRAINING_INSTANCE,
                            module,
                            "The module " + module + " does not answer: " + rules.why()));
        }
        String active = activeProfile(rules);
        if (!profiles.contains(active)) {
            return Optional.of(
                    new Refusal(
                            WRONG_PROFILE,
                            module,
                            "The module "
                                    + module
                                    + " applies the profile "
                                    + active
                                    + "; the exercise's answer key holds for "
                                    + String.join(", ", profiles)
                                    + "."));
        }
        return Optional.empty();
    }

    /** Whether the module answers in the suite as a ready training instance. */
    static Optional<Refusal> judgeReadiness(String module, JsonObject readiness) {
        Optional<JsonObject> check = databaseCheck(readiness, module);
        if (check.isEmpty()) {
            return Optional.of(
                    new Refusal(
                            NOT_A_TRAINING_INSTANCE,
                            module,
                            "The module "
                                    + module
                                    + " does not answer in the suite: no '"
                                    + module
                                    + "-database' readiness check."));
        }
        JsonObject data =
                check.get().get("data") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        if (!"training".equals(data.getString("purpose", null))
                || !"UP".equals(check.get().getString("status", ""))) {
            return Optional.of(
                    new Refusal(
                            NOT_A_TRAINING_INSTANCE,
                            module,
                            "The module "
                                    + module
                                    + " is not a ready training instance (its database does not"
                                    + " say \"purpose\": \"training\"): no exercise is loaded"
                                    + " where real people's records may be."));
        }
        return Optional.empty();
    }

    private static String activeProfile(Answer rules) {
        return ((JsonArray) rules.body()).getJsonObject(0).getString("profile", "");
    }

    private static Optional<JsonObject> databaseCheck(JsonObject readiness, String module) {
        if (!(readiness.get("checks") instanceof JsonArray checks)) {
            return Optional.empty();
        }
        return checks.stream()
                .filter(c -> c instanceof JsonObject)
                .map(JsonValue::asJsonObject)
                .filter(c -> (module + "-database").equals(c.getString("name", "")))
                .findFirst();
    }
}
