package org.asylon.kernel.security;

import java.util.Optional;
import java.util.Set;

/**
 * Decides what the {@code asylon_session} cookie means for one request, before any resource runs.
 *
 * <ul>
 *   <li>A request with an {@code Authorization} header is not the browser app's: the cookie is
 *       ignored entirely.
 *   <li>A cookie naming no live session is ignored: the request goes on anonymously and the role
 *       check answers 401 wherever sign-in is needed.
 *   <li>A live session signs the caller in with its name and roles, and restarts its idle timer. A
 *       change (any method but GET, HEAD and OPTIONS) must also carry the session's token in {@code
 *       X-CSRF-Token}, or it is refused with a 403: the cookie is sent by the browser whatever page
 *       asks, the token only by the app's own script, which read it from {@code GET session}.
 *   <li>The sign-in itself ({@code POST <ctx>/api/v1/session}) is judged by its body, not by a
 *       cookie left from an earlier session, so signing in again never needs that session's token.
 * </ul>
 */
public final class BrowserSignIn {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String SIGN_IN_PATH = "/api/v1/session";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final WebSessions sessions;

    public BrowserSignIn(WebSessions sessions) {
        this.sessions = sessions;
    }

    /** What to do with the request. */
    public sealed interface Decision {}

    /** Go on without a caller (no cookie, an unknown or expired one, or other credentials). */
    public record Anonymous() implements Decision {}

    /** The session's user is the caller. */
    public record SignedIn(WebSession session) implements Decision {}

    /** A change authenticated by the cookie without the session's token. */
    public record CsrfRefused(String detail) implements Decision {}

    /**
     * @param path the request's path inside the module, e.g. {@code /api/v1/encounters}
     * @param cookie the {@code asylon_session} cookie's value, or null
     */
    public Decision decide(
            String method, String path, String authorization, String cookie, String csrfToken) {
        if (authorization != null && !authorization.isBlank()) {
            return new Anonymous();
        }
        if (cookie == null || isSignIn(method, path)) {
            return new Anonymous();
        }
        Optional<WebSession> session = sessions.find(cookie);
        if (session.isEmpty()) {
            return new Anonymous();
        }
        if (!SAFE.contains(method.toUpperCase(java.util.Locale.ROOT))
                && !session.get().csrfTokenMatches(csrfToken)) {
            return new CsrfRefused(
                    csrfToken == null || csrfToken.isBlank()
                            ? "This change was sent without the page's security token, so it was not made. Reload the page and try again."
                            : "This change carried an out-of-date security token, so it was not made. Reload the page and try again.");
        }
        return new SignedIn(session.get());
    }

    static boolean isSignIn(String method, String path) {
        return "POST".equalsIgnoreCase(method)
                && path != null
                && (path.equals(SIGN_IN_PATH) || path.equals(SIGN_IN_PATH + "/"));
    }
}
