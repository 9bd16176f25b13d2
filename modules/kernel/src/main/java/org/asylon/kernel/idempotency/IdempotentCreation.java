package org.asylon.kernel.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.security.Caller;

/**
 * Runs a creating request at most once per {@code Idempotency-Key}. A retry with the same key and
 * the same body gets the first response again (with {@code Idempotency-Replayed: true}); the same
 * key with a different body is refused with a 422, since the client has mixed up two requests. A
 * request that failed stored nothing, so retrying it simply tries again.
 */
@ApplicationScoped
public class IdempotentCreation {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotency-Replayed";
    private static final int MAX_KEY_LENGTH = 200;
    private static final Logger LOG = Logger.getLogger(IdempotentCreation.class.getName());

    @Inject IdempotencyStore store;

    /**
     * The one way a resource creates something: runs {@code work} at most once for this caller,
     * endpoint and key, and answers with the first response (201 with its location, or what {@code
     * work} gave) on every retry.
     *
     * <pre>{@code
     * return creations.respond(key, Caller.of(security), "POST partners", request, uri,
     *         () -> Created.at("partners/" + desk.register(...).id(), view));
     * }</pre>
     *
     * @param endpoint the method and path template, e.g. {@code "POST applications/decision"}; the
     *     request passed must then include any path ids, so that the same body sent to two
     *     different records is not mistaken for a retry
     */
    public Response respond(
            String key,
            Caller caller,
            String endpoint,
            Object request,
            UriInfo uri,
            Supplier<Created> work) {
        return toResponse(once(key, caller, endpoint, request, work), uri);
    }

    /**
     * The same as {@link #respond} without the response, for a batch that answers many creations at
     * once: an item sent alone and again in a batch to the same endpoint is created once.
     */
    public Created once(
            String key, Caller caller, String endpoint, Object request, Supplier<Created> work) {
        return once(key, caller.name() + " " + endpoint, request, work);
    }

    /**
     * @param key the client's Idempotency-Key header
     * @param scope who and where: the caller's name and the endpoint, so that keys of different
     *     users or endpoints never collide
     * @param request the request body, hashed to recognise a different request under a reused key
     * @param work creates the record and returns the response; runs inside the transaction
     */
    public Created once(String key, String scope, Object request, Supplier<Created> work) {
        String checkedKey = requireKey(key);
        String hash = fingerprint(request);
        try {
            return store.claimAndRun(scope, checkedKey, hash, work);
        } catch (IdempotencyStore.KeyTaken taken) {
            // a retry (the key is answered) or two copies racing (the other one holds the key)
            IdempotencyRecord first =
                    store.find(scope, checkedKey)
                            .orElseThrow(
                                    () ->
                                            new ProblemException(
                                                    ProblemType.CONFLICT,
                                                    "A request with this Idempotency-Key is still being processed. Retry in a moment."));
            return replay(first, hash, scope);
        }
    }

    private static Created replay(IdempotencyRecord first, String hash, String scope) {
        if (!first.sameRequest(hash)) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request. Use a new key for a new record.");
        }
        LOG.info(() -> "Idempotent replay of " + scope);
        return first.response().asReplay();
    }

    /** The HTTP response for a creation result (replayed or not). */
    public static Response toResponse(Created created, UriInfo uri) {
        Response.ResponseBuilder response =
                Response.status(created.status())
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(created.body());
        if (created.location() != null) {
            response.location(uri.getBaseUriBuilder().path(created.location()).build());
        }
        if (created.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new ProblemException(
                    ProblemType.IDEMPOTENCY_KEY_REQUIRED,
                    "Send an Idempotency-Key header (for example a UUID made when the form was opened), so that a retry after a lost connection does not register the person twice.");
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest(
                    HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        return key.trim();
    }

    /**
     * A fingerprint of the request that does not depend on the order of object members: callers may
     * pass maps, whose iteration order can change between server runs, and a retry after a restart
     * must still be recognised as the same request.
     */
    String fingerprint(Object request) {
        return hash(canonical(Jsons.read(Jsons.toJson(request))));
    }

    static String canonical(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                StringBuilder object = new StringBuilder("{");
                new TreeMap<>(value.asJsonObject())
                        .forEach(
                                (name, member) -> {
                                    if (object.length() > 1) {
                                        object.append(',');
                                    }
                                    object.append(Jsons.string(name))
                                            .append(':')
                                            .append(canonical(member));
                                });
                return object.append('}').toString();
            case ARRAY:
                StringBuilder array = new StringBuilder("[");
                for (JsonValue item : value.asJsonArray()) {
                    if (array.length() > 1) {
                        array.append(',');
                    }
                    array.append(canonical(item));
                }
                return array.append(']').toString();
            default:
                return value.toString();
        }
    }

    static String hash(String text) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
