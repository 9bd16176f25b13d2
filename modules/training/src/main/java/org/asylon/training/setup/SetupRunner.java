package org.asylon.training.setup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.training.exercise.Exercise.SetupStep;
import org.asylon.training.suite.Answer;
import org.asylon.training.suite.Suite;

/**
 * Runs setup steps in order against the suite as the runner. Every change carries the
 * Idempotency-Key {@code training-<run id>-<step>} (shared) or {@code training-<run
 * id>-<trainee>-<step>} (per trainee), so a retried run or trainee never makes a record twice. A
 * step that fails stops the batch with a problem naming the step.
 */
@ApplicationScoped
public class SetupRunner {

    static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH");
    static final String FIND = "FIND";
    static final String ENSURE = "ENSURE";
    private static final int DEFAULT_FIND_SECONDS = 30;

    private Suite suite;

    protected SetupRunner() {
        // for CDI's client proxy
    }

    @Inject
    public SetupRunner(Suite suite) {
        this.suite = suite;
    }

    /**
     * @param keyPrefix {@code training-<run id>} or {@code training-<run id>-<trainee>}
     * @param captures where this batch's captures go; the placeholders see them as they grow
     * @param aliases the cast's aliases, for captures named {@code x.<alias>}
     */
    public SetupResult run(
            List<SetupStep> steps,
            String keyPrefix,
            Placeholders placeholders,
            Map<String, String> captures,
            Set<String> aliases) {
        Map<String, String> seeded = new LinkedHashMap<>();
        for (SetupStep step : steps) {
            JsonObject answer;
            try {
                answer = runOne(step, keyPrefix, placeholders);
            } catch (Placeholders.UnknownPlaceholder e) {
                throw failed(step, e.getMessage());
            }
            if (step.capture() != null && !step.capture().isBlank()) {
                String id = idOf(answer);
                if (id == null) {
                    throw failed(step, "the answer has no id to capture as " + step.capture());
                }
                captures.put(step.capture(), id);
                // {{<capture>/<field>}}: the answer's top-level values, e.g. its version for
                // If-Match
                answer.forEach(
                        (field, value) -> {
                            if (!(value instanceof JsonObject || value instanceof JsonArray)) {
                                captures.put(
                                        step.capture() + "/" + field,
                                        value instanceof JsonString s
                                                ? s.getString()
                                                : value.toString());
                            }
                        });
                aliasOf(step.capture(), aliases).ifPresent(alias -> seeded.put(id, alias));
            }
        }
        return new SetupResult(Map.copyOf(captures), Map.copyOf(seeded));
    }

    /** {@code x.A} names persona A's record when A is one of the cast. */
    static Optional<String> aliasOf(String capture, Set<String> aliases) {
        int dot = capture.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String alias = capture.substring(dot + 1);
        return aliases.contains(alias) ? Optional.of(alias) : Optional.empty();
    }

    /** The answer (or the element found), or null when it is not a JSON object. */
    private JsonObject runOne(SetupStep step, String keyPrefix, Placeholders placeholders) {
        String method = step.method().toUpperCase(java.util.Locale.ROOT);
        String path = placeholders.text(step.path());
        if (method.equals(FIND)) {
            JsonObject where =
                    step.where() == null
                            ? JsonValue.EMPTY_JSON_OBJECT
                            : placeholders.expand(step.where()).asJsonObject();
            return find(step, path, where);
        }
        if (method.equals(ENSURE)) {
            return ensure(step, path, keyPrefix, placeholders);
        }
        if (!CHANGES.contains(method)) {
            throw failed(
                    step, "a setup step is POST, PUT, PATCH, FIND or ENSURE, not " + step.method());
        }
        Answer answer = send(step, method, path, keyPrefix, placeholders);
        if (!answer.ok()) {
            throw failed(step, answer.why());
        }
        return answer.body() instanceof JsonObject o ? o : null;
    }

    private Answer send(
            SetupStep step,
            String method,
            String path,
            String keyPrefix,
            Placeholders placeholders) {
        JsonValue body =
                step.body() == null
                        ? JsonValue.EMPTY_JSON_OBJECT
                        : placeholders.expand(step.body());
        return suite.send(
                step.module(),
                method,
                path,
                body,
                keyPrefix + "-" + step.id(),
                placeholders.text(step.ifMatch()));
    }

    /**
     * The element of the list at {@code path} that matches {@code where}, made by a POST of the
     * body to the same path when there is none: for what a training instance holds once whatever
     * the number of runs (readmission's partner states, one per country, are 409 the second time).
     * A POST answered 409 was beaten by another run opening at the same moment: the list is read
     * once more.
     */
    private JsonObject ensure(
            SetupStep step, String path, String keyPrefix, Placeholders placeholders) {
        JsonObject where = placeholders.expand(step.where()).asJsonObject();
        Optional<JsonObject> found = present(step, path, where);
        if (found.isPresent()) {
            return found.get();
        }
        Answer made = send(step, "POST", path, keyPrefix, placeholders);
        if (made.ok()) {
            return made.body() instanceof JsonObject o ? o : null;
        }
        if (made.status() == 409) {
            return present(step, path, where).orElseThrow(() -> failed(step, made.why()));
        }
        throw failed(step, made.why());
    }

    private Optional<JsonObject> present(SetupStep step, String path, JsonObject where) {
        Answer answer = suite.get(step.module(), path);
        if (!answer.ok() || !(answer.body() instanceof JsonArray list)) {
            throw failed(step, answer.why());
        }
        return list.stream()
                .filter(e -> e instanceof JsonObject o && matches(o, where))
                .map(JsonValue::asJsonObject)
                .findFirst();
    }

    private JsonObject find(SetupStep step, String path, JsonObject where) {
        int seconds = step.timeoutSeconds() > 0 ? step.timeoutSeconds() : DEFAULT_FIND_SECONDS;
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(seconds));
        String last = "nothing yet";
        while (true) {
            Answer answer = suite.get(step.module(), path);
            if (answer.ok() && answer.body() instanceof JsonArray list) {
                for (JsonValue element : list) {
                    if (element instanceof JsonObject o && matches(o, where)) {
                        return o;
                    }
                }
                last = list.size() + " records, none matching " + where;
            } else {
                last = answer.why();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw failed(step, "not found within " + seconds + " s (" + last + ")");
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failed(step, "interrupted");
            }
        }
    }

    /** Every field of {@code where} (a dotted name reaches into nested objects) is equal. */
    static boolean matches(JsonObject element, JsonObject where) {
        for (Map.Entry<String, JsonValue> field : where.entrySet()) {
            JsonValue actual = element;
            for (String part : field.getKey().split("\\.")) {
                actual = actual instanceof JsonObject o ? o.get(part) : null;
            }
            if (actual == null || !actual.equals(field.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static String idOf(JsonObject o) {
        if (o == null || o.get("id") == null) {
            return null;
        }
        JsonValue id = o.get("id");
        return id instanceof JsonString s ? s.getString() : id.toString();
    }

    private static ProblemException failed(SetupStep step, String why) {
        return new ProblemException(
                ProblemType.CONFLICT,
                "The setup step '" + step.id() + "' failed: " + why,
                List.of(),
                Map.of("code", "setup-failed", "step", step.id()));
    }
}
