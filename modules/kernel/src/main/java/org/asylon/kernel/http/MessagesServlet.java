package org.asylon.kernel.http;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.Problem;
import org.asylon.kernel.problem.ProblemType;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Serves the web app's message catalogues, open to everyone (the sign-in page needs them): {@code
 * GET <ctx>/app/messages/<lang>.json}, merged as {@link MessageCatalogues} says from the shell's
 * ({@code META-INF/resources/app/shell/messages/} on the class path), the module's ({@code
 * /app/screens/messages/} in the WAR) and the state's ({@code asylon.web.messages.dir}), and {@code
 * GET <ctx>/app/messages/languages.json}, every language one of them has. The files are read on
 * each request, so a state's new file is served without a restart; the browser revalidates with the
 * ETag ({@code Cache-Control: no-cache}) and gets a 304 when nothing changed.
 */
@WebServlet(urlPatterns = "/app/messages/*")
public class MessagesServlet extends HttpServlet {

    static final String SHELL = "META-INF/resources/app/shell/messages/";
    static final String SCREENS = "/app/screens/messages/";
    static final String STATE_DIR_KEY = "asylon.web.messages.dir";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String file = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        MessageCatalogues catalogues = catalogues(getServletContext());
        byte[] body;
        if (file.equals("languages.json")) {
            body = languagesJson(catalogues.languages());
        } else if (file.endsWith(".json")) {
            String language = file.substring(0, file.length() - ".json".length());
            Optional<Map<String, String>> messages = catalogues.catalogue(language);
            if (messages.isEmpty()) {
                notFound(
                        request,
                        response,
                        "There are no messages in language '" + safe(language) + "'.");
                return;
            }
            body = catalogueJson(messages.get());
        } else {
            notFound(request, response, "Ask for <language>.json or languages.json.");
            return;
        }
        String etag = etag(body);
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "no-cache");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static MessageCatalogues catalogues(ServletContext context) {
        List<MessageCatalogues.Source> sources = new ArrayList<>();
        sources.add(
                MessageCatalogues.classPath(Thread.currentThread().getContextClassLoader(), SHELL));
        sources.add(
                MessageCatalogues.resources(
                        SCREENS, context::getResourceAsStream, context::getResourcePaths));
        ConfigProvider.getConfig()
                .getOptionalValue(STATE_DIR_KEY, String.class)
                .filter(dir -> !dir.isBlank())
                .ifPresent(dir -> sources.add(MessageCatalogues.directory(Path.of(dir))));
        return new MessageCatalogues(sources);
    }

    static byte[] catalogueJson(Map<String, String> messages) {
        JsonObjectBuilder json = Jsons.object();
        messages.forEach(json::add);
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] languagesJson(List<MessageCatalogues.Language> languages) {
        JsonArrayBuilder json = Jsons.array();
        languages.forEach(
                l ->
                        json.add(
                                Jsons.object()
                                        .add("code", l.code())
                                        .add("name", l.name())
                                        .add("direction", l.direction())));
        return json.build().toString().getBytes(StandardCharsets.UTF_8);
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22)
                    + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String safe(String language) {
        String shown = language.replaceAll("[^A-Za-z0-9-]", "?");
        return shown.length() > 20 ? shown.substring(0, 20) + "…" : shown;
    }

    private static void notFound(
            HttpServletRequest request, HttpServletResponse response, String detail)
            throws IOException {
        response.setStatus(404);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String instance = request.getRequestURI().substring(request.getContextPath().length());
        response.getWriter()
                .write(Problem.of(ProblemType.NOT_FOUND, detail, instance).toJson().toString());
    }
}
