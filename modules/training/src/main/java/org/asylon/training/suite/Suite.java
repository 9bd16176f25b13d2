package org.asylon.training.suite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * The modules' own APIs, called as {@code training.runner} (HTTP Basic) at {@code
 * <suite>/<module>/api/v1/<path>}. A 401 is retried for a few seconds: the modules re-read the
 * training users file about a second after the runner wrote its account there.
 */
@ApplicationScoped
public class Suite {

    private static final Duration SIGN_IN_GRACE = Duration.ofSeconds(8);

    private TrainingSettings settings;
    private RunnerAccount runner;
    private HttpClient http;

    protected Suite() {
        // for CDI's client proxy
    }

    @Inject
    public Suite(TrainingSettings settings, RunnerAccount runner) {
        this.settings = settings;
        this.runner = runner;
        this.http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
    }

    public String url() {
        return settings.suiteUrl();
    }

    public Answer get(String module, String path) {
        return send(module, "GET", path, null, null, null);
    }

    /**
     * @param body sent for POST, PUT and PATCH
     * @param idempotencyKey sent as {@code Idempotency-Key} when not null
     * @param ifMatch sent as {@code If-Match} when not null
     */
    public Answer send(
            String module,
            String method,
            String path,
            JsonValue body,
            String idempotencyKey,
            String ifMatch) {
        String url = settings.suiteUrl() + "/" + module + "/api/v1/" + path;
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Authorization", basic());
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(
                            method,
                            HttpRequest.BodyPublishers.ofString(
                                    body.toString(), StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return call(method + " " + module + "/api/v1/" + path, request.build());
    }

    /** {@code GET <suite>/health/ready}: every module's readiness in this server. */
    public Answer readiness() {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(settings.suiteUrl() + "/health/ready"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept", "application/json")
                        .build();
        return call("GET health/ready", request);
    }

    private Answer call(String what, HttpRequest request) {
        Instant giveUp = Instant.now().plus(SIGN_IN_GRACE);
        try {
            while (true) {
                HttpResponse<String> response =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401 && Instant.now().isBefore(giveUp)) {
                    Thread.sleep(500);
                    continue;
                }
                return new Answer(
                        what,
                        response.statusCode(),
                        parse(response.body()),
                        response.headers().firstValue("ETag"));
            }
        } catch (IOException e) {
            throw new ProblemException(
                    ProblemType.UNAVAILABLE, what + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, what + " was interrupted");
        }
    }

    private static JsonValue parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.NULL;
        }
        try {
            return Jsons.read(body);
        } catch (RuntimeException notJson) {
            return JsonValue.NULL;
        }
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (RunnerAccount.NAME + ":" + runner.password())
                                        .getBytes(StandardCharsets.UTF_8));
    }
}
