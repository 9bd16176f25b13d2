package org.asylon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entry module's HTTP API as an officer's client uses it: Basic auth, JSON, an Idempotency-Key
 * per creation.
 */
final class ApiClient {

    static final String PASSWORD = "asylon-demo";
    static final String OFFICER = "border.officer";
    static final String SUPERVISOR = "border.supervisor";
    static final String LABEL = "api";

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    ApiClient(HttpClient http, String baseUrl) {
        this.http = http;
        this.base = baseUrl + "/entry/api/v1/";
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance on plain HTTP
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    static String basic(String user) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String json) throws Exception {
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", basic(user))
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Registers the crossing point every encounter of the run refers to; returns its id. */
    String createCrossingPoint() throws Exception {
        HttpResponse<String> response =
                post(
                        "crossing-points",
                        SUPERVISOR,
                        "{\"name\":\"Bench land crossing\",\"kind\":\"LAND\",\"country\":\"GRC\"}");
        if (response.statusCode() != 201) {
            throw new IllegalStateException(
                    "POST crossing-points answered "
                            + response.statusCode()
                            + ": "
                            + response.body());
        }
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException(
                    "POST crossing-points answered 201 without an id: " + response.body());
        }
        System.out.println(
                "Crossing point "
                        + m.group(1)
                        + " (201, Location "
                        + response.headers().firstValue("Location").orElse("none")
                        + ")");
        return m.group(1);
    }

    /** One registration; false (and the body printed, the first few times) unless 201. */
    boolean register(Registration registration) throws Exception {
        HttpResponse<String> response = post("encounters", OFFICER, registration.toJson());
        if (response.statusCode() == 201) {
            return true;
        }
        Errors.record(
                LABEL,
                response.statusCode()
                        + " "
                        + response.headers().firstValue("Content-Type").orElse("")
                        + " "
                        + response.body()
                        + "\n    for "
                        + registration.toJson());
        return false;
    }

    LoadRunner.WorkerFactory workers(String crossingPointId, long seed) {
        return index -> {
            SplittableRandom rnd = new SplittableRandom(seed * 31 + index);
            return () -> register(Registration.random(rnd, crossingPointId));
        };
    }
}
