package org.asylon.kernel.feed.consumer;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.feed.CloudEvent;

/**
 * Fetches pages of an upstream feed over plain {@link HttpClient}, which behaves the same inside
 * and outside the container. Every failure comes out as a {@link FeedException} whose kind tells an
 * absent upstream from wrong credentials from a broken payload.
 */
public final class FeedClient {

    static final String ACCEPT =
            CloudEvent.BATCH_MEDIA_TYPE
                    + ", application/json;q=0.9, "
                    + "application/problem+json;q=0.5";

    private final URI events;
    private final Optional<String> authorization;
    private final FeedConfig config;
    private final HttpClient http;

    public FeedClient(FeedConfig config) {
        if (!config.enabled()) {
            throw new IllegalArgumentException(
                    "Feed " + config.name() + " has no URL; there is nothing to fetch");
        }
        String base = config.url().toString().replaceAll("/+$", "");
        this.events = URI.create(base + "/api/v1/events");
        this.authorization = config.authorization();
        this.config = config;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(config.timeout())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    /**
     * The events after {@code after}, at most {@code limit}, in feed order; empty when there is
     * nothing new.
     *
     * @throws FeedException when the upstream cannot be read or answers with something unusable
     */
    public List<CloudEvent> fetch(long after, int limit) {
        URI uri = URI.create(events + "?after=" + after + "&limit=" + limit);
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri)
                        .GET()
                        .timeout(config.timeout())
                        .header("Accept", ACCEPT);
        authorization.ifPresent(value -> request.header("Authorization", value));
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new FeedException(
                    FeedErrorKind.UNREACHABLE,
                    "No answer from " + uri + " within " + config.timeout(),
                    e);
        } catch (IOException e) {
            throw new FeedException(
                    FeedErrorKind.UNREACHABLE, "Cannot reach " + uri + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(
                    FeedErrorKind.UNREACHABLE, "Interrupted while reading " + uri, e);
        }
        int status = response.statusCode();
        if (status == 200) {
            return CloudEventBatchReader.read(response.body());
        }
        String answer =
                "GET "
                        + uri
                        + " answered "
                        + status
                        + problem(response).map(p -> ": " + p).orElse("");
        if (status == 401 || status == 403) {
            throw new FeedException(
                    FeedErrorKind.UNAUTHORIZED,
                    answer
                            + " (check asylon.feed."
                            + config.name()
                            + ".user/.password or .token, and that the user has role feed-reader upstream)");
        }
        if (status == 404) {
            throw new FeedException(
                    FeedErrorKind.NOT_DEPLOYED, answer + " (upstream module not deployed there?)");
        }
        throw new FeedException(FeedErrorKind.UPSTREAM_ERROR, answer);
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** Title and detail of an RFC 9457 answer, to put what the upstream said into our status. */
    private static Optional<String> problem(HttpResponse<byte[]> response) {
        boolean isProblem =
                response.headers()
                        .firstValue("Content-Type")
                        .filter(type -> type.startsWith("application/problem+json"))
                        .isPresent();
        if (!isProblem || response.body().length == 0) {
            return Optional.empty();
        }
        try (var reader =
                CloudEventBatchReader.READERS.createReader(
                        new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            JsonObject problem = reader.readObject();
            String text =
                    (problem.getString("title", "") + " " + problem.getString("detail", ""))
                            .strip();
            return text.isEmpty()
                    ? Optional.empty()
                    : Optional.of(text.length() > 300 ? text.substring(0, 300) : text);
        } catch (JsonException | ClassCastException e) {
            return Optional.empty();
        }
    }
}
