package org.asylon.kernel.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/**
 * A small black-box client for the module's REST API, signed in as one demo user (or anonymous).
 */
public final class Api {

    public static final String PASSWORD = "asylon-demo";
    // HTTP/1.1 as border posts' clients speak it; h2c upgrades on a plain port are not what we test
    // here
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    private final String base;
    private final String user;
    private final String bearer;

    public Api(String base, String user) {
        this(base, user, null);
    }

    private Api(String base, String user, String bearer) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.user = user;
        this.bearer = bearer;
    }

    public Api as(String otherUser) {
        return new Api(base, otherUser, null);
    }

    /** The same API called with a bearer token instead of a password. */
    public Api withToken(String token) {
        return new Api(base, null, token);
    }

    public record Reply(int status, HttpResponse<String> raw) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readObject();
            }
        }

        public JsonArray array() {
            try (var reader = Json.createReader(new StringReader(raw.body()))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String body, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply create(String path, String body) {
        return post(path, body, "Idempotency-Key", UUID.randomUUID().toString());
    }

    /**
     * A POST that waits for the server's go-ahead (Expect: 100-continue) before sending a large
     * body.
     */
    public Reply postLarge(String path, String body, String... headers) {
        // its own client: a connection the server closes half-way must not be one the other tests
        // share
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<String> response =
                    own.send(
                            request(path, headers)
                                    .header("Content-Type", "application/json")
                                    .expectContinue(true)
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    body, StandardCharsets.UTF_8))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply put(String path, String body, String... headers) {
        return send(
                request(path, headers)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Reply send(
            String method, String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = request(path, headers);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(
                request.method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        body, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        } else if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + PASSWORD)
                                                    .getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonStructure parse(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }
}
