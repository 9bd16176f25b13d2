package org.asylon.kernel.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * The {@code asylon_session} cookie of the officers' web app: {@code HttpOnly} (no script, and so
 * no injected script, can read it), {@code SameSite=Strict} (another site's page cannot make the
 * browser send it), scoped to the module's context path, and {@code Secure} whenever the request
 * came over TLS. It lives as long as the browser does; the server ends the session itself.
 */
public final class SessionCookie {

    public static final String NAME = "asylon_session";

    private SessionCookie() {}

    public static String issue(String value, String contextPath, boolean tls) {
        return NAME + "=" + value + attributes(contextPath, tls);
    }

    /** Tells the browser to drop the cookie at once. */
    public static String clear(String contextPath, boolean tls) {
        return NAME
                + "=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT"
                + attributes(contextPath, tls);
    }

    private static String attributes(String contextPath, boolean tls) {
        return "; Path="
                + path(contextPath)
                + "; HttpOnly; SameSite=Strict"
                + (tls ? "; Secure" : "");
    }

    static String path(String contextPath) {
        return contextPath == null || contextPath.isEmpty() || contextPath.equals("/")
                ? "/"
                : contextPath + "/";
    }

    /**
     * Whether the browser reached us over TLS: directly, or through a proxy that says so. Trusting
     * {@code X-Forwarded-Proto} here costs nothing: it can only add {@code Secure}.
     */
    public static boolean tls(boolean secure, String forwardedProto) {
        if (secure) {
            return true;
        }
        if (forwardedProto == null) {
            return false;
        }
        String first = forwardedProto.split(",", 2)[0].strip();
        return first.equalsIgnoreCase("https");
    }

    public static boolean tls(HttpServletRequest request) {
        return tls(request.isSecure(), request.getHeader("X-Forwarded-Proto"));
    }

    public static Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
