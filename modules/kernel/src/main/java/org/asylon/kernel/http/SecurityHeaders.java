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
 * officer-typed text must never be run as a page), and the server does not advertise its product
 * and version to someone probing it. The 401 written by {@code SuiteAuthentication} before this
 * filter runs sets them itself through {@link #applyTo}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeaders extends HttpFilter {

    static final String SERVER = "Asylon";

    @Override
    protected void doFilter(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        applyTo(response);
        chain.doFilter(request, response);
    }

    public static void applyTo(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Server", SERVER);
    }
}
