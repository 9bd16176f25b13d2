package org.asylon.kernel.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response of a module carries, whatever produced it (a resource, a problem, a health
 * check, a static file): browsers must not guess a content type ({@code nosniff}: a JSON body with
 * officer-typed text must never be run as a page), the server does not advertise its product and
 * version to someone probing it, no page of ours may be framed by another (clickjacking) and no
 * address of ours, which may carry a record's id, leaks to another site as a referrer. The 401 and
 * 403 written by {@code SuiteAuthentication} before this filter runs set them itself through {@link
 * #applyTo}.
 *
 * <p>The officers' web app under {@code /app/} also gets a content security policy that lets only
 * our own scripts, styles and connections run (an officer-typed name can never become script), and
 * {@code Cache-Control: no-cache}: the browser revalidates every file, so after an upgrade the app
 * never runs stale code beside a newer API.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String SERVER = "Asylon";

    static final String APP_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                    + " connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self';"
                    + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(response);
        if (isApp(request.getRequestURI().substring(request.getContextPath().length()))) {
            response.setHeader("Content-Security-Policy", APP_POLICY);
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }

    public static void applyTo(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Server", SERVER);
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** Whether a path inside the module is the web app's. */
    static boolean isApp(String path) {
        return path.equals("/app") || path.startsWith("/app/");
    }
}
