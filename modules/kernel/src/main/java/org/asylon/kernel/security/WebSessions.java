package org.asylon.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser sessions of the officers' web app, in memory. A session ends after {@code
 * asylon.web.session.idle-timeout} without a request (default PT30M) and at the latest {@code
 * asylon.web.session.max-age} after sign-in (default PT12H); expired ones are swept at most once a
 * minute, as requests come.
 *
 * <p>Sessions are kept under a SHA-256 of the cookie value, never the value itself: a heap dump
 * does not hand out signed-in cookies. Nothing is written to disk, so a server restart (or a second
 * instance behind a load balancer without sticky sessions) signs everyone out; that is deliberate:
 * the browser's offline queue keeps the officer's unsent work, and they sign in again.
 */
@ApplicationScoped
public class WebSessions {

    private static final int COOKIE_BYTES = 32;
    private static final int MAX_COOKIE_LENGTH = 100;
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @Inject
    @ConfigProperty(name = "asylon.web.session.idle-timeout", defaultValue = "PT30M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "asylon.web.session.max-age", defaultValue = "PT12H")
    Duration maxAge;

    private Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();
    private final Map<String, WebSession> sessions = new ConcurrentHashMap<>();
    private volatile Instant nextSweep = Instant.MIN;

    public WebSessions() {
        // for CDI
    }

    /** Outside the container: plain tests with their own clock. */
    public WebSessions(Duration idleTimeout, Duration maxAge, Clock clock) {
        this.idleTimeout = idleTimeout;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** A new session and the cookie value that names it, given to the browser once. */
    public record Opened(String cookieValue, WebSession session) {}

    public Opened open(String user, Set<String> roles) {
        Instant now = clock.instant();
        sweepNowAndThen(now);
        String cookie = randomToken();
        WebSession session =
                new WebSession(hash(cookie), user, roles, randomToken(), now, now.plus(maxAge));
        sessions.put(session.key(), session);
        return new Opened(cookie, session);
    }

    /**
     * The live session a cookie names, its idle timer restarted; empty for an unknown, expired or
     * malformed value.
     */
    public Optional<WebSession> find(String cookieValue) {
        if (!plausible(cookieValue)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        sweepNowAndThen(now);
        String key = hash(cookieValue);
        WebSession session = sessions.get(key);
        if (session == null) {
            return Optional.empty();
        }
        if (session.expired(now, idleTimeout)) {
            sessions.remove(key, session);
            return Optional.empty();
        }
        session.touch(now);
        return Optional.of(session);
    }

    /** Forgets the session the cookie names; what it was, if it was alive. */
    public Optional<WebSession> close(String cookieValue) {
        if (!plausible(cookieValue)) {
            return Optional.empty();
        }
        WebSession session = sessions.remove(hash(cookieValue));
        if (session == null || session.expired(clock.instant(), idleTimeout)) {
            return Optional.empty();
        }
        return Optional.of(session);
    }

    /** Removes every expired session; how many. */
    public int sweep() {
        Instant now = clock.instant();
        int before = sessions.size();
        sessions.values().removeIf(s -> s.expired(now, idleTimeout));
        return before - sessions.size();
    }

    public Duration idleTimeout() {
        return idleTimeout;
    }

    int size() {
        return sessions.size();
    }

    private void sweepNowAndThen(Instant now) {
        if (now.isAfter(nextSweep)) {
            nextSweep = now.plus(SWEEP_EVERY);
            sweep();
        }
    }

    private static boolean plausible(String cookieValue) {
        return cookieValue != null
                && !cookieValue.isEmpty()
                && cookieValue.length() <= MAX_COOKIE_LENGTH;
    }

    private String randomToken() {
        byte[] bytes = new byte[COOKIE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String cookieValue) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(cookieValue.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
