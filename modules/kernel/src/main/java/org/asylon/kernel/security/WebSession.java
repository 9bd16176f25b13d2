package org.asylon.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Set;

/**
 * One browser's sign-in, kept by {@link WebSessions} under a hash of its cookie: who signed in, the
 * roles they held then, the token every change must carry ({@code X-CSRF-Token}), when it started,
 * when it ends at the latest and when it was last used.
 */
public final class WebSession {

    private final String key;
    private final String user;
    private final Set<String> roles;
    private final String csrfToken;
    private final Instant createdAt;
    private final Instant expiresAt;
    private volatile Instant lastUsed;

    WebSession(
            String key,
            String user,
            Set<String> roles,
            String csrfToken,
            Instant createdAt,
            Instant expiresAt) {
        this.key = key;
        this.user = user;
        this.roles = Set.copyOf(roles);
        this.csrfToken = csrfToken;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsed = createdAt;
    }

    String key() {
        return key;
    }

    /**
     * A short reference for the audit trail, joining a sign-in to its sign-out; it cannot be turned
     * back into the cookie.
     */
    public String reference() {
        return key.substring(0, 16);
    }

    public String user() {
        return user;
    }

    public Set<String> roles() {
        return roles;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The absolute end ({@code asylon.web.session.max-age} after sign-in), however busy. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    boolean expired(Instant now, java.time.Duration idleTimeout) {
        return !now.isBefore(expiresAt) || !now.isBefore(lastUsed.plus(idleTimeout));
    }

    /**
     * Whether {@code presented} is this session's token, compared in constant time so that the
     * answer's timing tells nothing about how much of a guess was right.
     */
    public boolean csrfTokenMatches(String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
