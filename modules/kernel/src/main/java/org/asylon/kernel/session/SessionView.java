package org.asylon.kernel.session;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.security.WebSession;

/**
 * The signed-in browser session as the app sees it: who, with which of the suite's roles, the token
 * every change must carry in {@code X-CSRF-Token}, how long it may stay idle and when it ends at
 * the latest.
 */
public record SessionView(
        String user, List<String> roles, String csrfToken, String idleTimeout, Instant expiresAt) {

    static SessionView of(WebSession session, java.time.Duration idleTimeout) {
        List<String> roles =
                java.util.Arrays.stream(Roles.ALL).filter(session.roles()::contains).toList();
        return new SessionView(
                session.user(),
                roles,
                session.csrfToken(),
                idleTimeout.toString(),
                session.expiresAt());
    }
}
