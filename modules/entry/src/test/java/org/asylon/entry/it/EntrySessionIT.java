package org.asylon.entry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The officers' web app's server side, black-box on Payara Micro as a browser would use it: sign in
 * with a password, get the {@code asylon_session} cookie (HttpOnly, SameSite=Strict, the module's
 * path, Secure only behind TLS) and the CSRF token; read with the cookie alone; a change with the
 * cookie but without the token is refused (403 problem) and made with it; sign out, after which the
 * cookie opens nothing. Also: the message catalogues and the web app's security headers. The
 * state's catalogue directory is {@code src/test/web-messages} (arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntrySessionIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();

    @ArquillianResource URL base;

    private String root;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "entry.war")
                .importFrom(new File(System.getProperty("entry.war", "target/entry.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void server() {
        root = "http://127.0.0.1:" + base.getPort() + "/entry";
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(
                method,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(
                response.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/problem+json"),
                response::toString);
        assertEquals("urn:asylon:problem:" + type, json(response).getString("type"));
    }

    private static String cookieValue(HttpResponse<String> signIn) {
        String setCookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        return setCookie.substring("asylon_session=".length(), setCookie.indexOf(';'));
    }

    private HttpResponse<String> signIn(String user, String... headers) {
        return send(
                "POST",
                "/api/v1/session",
                "{\"user\":\"" + user + "\",\"password\":\"asylon-demo\"}",
                headers);
    }

    @Test
    void aWrongPasswordSentFromTheOfficersBrowserDoesNotSignThemOut() {
        String cookie = cookieValue(signIn("border.officer"));
        HttpResponse<String> refused =
                send(
                        "POST",
                        "/api/v1/session",
                        "{\"user\":\"border.officer\",\"password\":\"wrong\"}",
                        "Cookie",
                        "asylon_session=" + cookie);
        assertEquals(401, refused.statusCode(), refused::body);
        assertEquals(
                200,
                send("GET", "/api/v1/session", null, "Cookie", "asylon_session=" + cookie)
                        .statusCode(),
                "the session lives on");
    }

    @Test
    void aBrowserSignsInWorksWithTheCookieAndTokenAndSignsOut() {
        HttpResponse<String> signedIn = signIn("border.officer");
        assertEquals(201, signedIn.statusCode(), signedIn::body);
        String setCookie = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(
                setCookie.matches(
                        "asylon_session=[A-Za-z0-9_-]{43}; Path=/entry/; HttpOnly; SameSite=Strict"),
                setCookie);
        assertEquals("no-store", signedIn.headers().firstValue("Cache-Control").orElse(null));
        JsonObject session = json(signedIn);
        assertEquals("border.officer", session.getString("user"));
        assertTrue(
                session.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                        .anyMatch(r -> r.getString().equals("border-officer")));
        assertEquals("PT30M", session.getString("idleTimeout"));
        assertNotNull(session.getString("expiresAt"));
        String token = session.getString("csrfToken");
        String cookie = "asylon_session=" + cookieValue(signedIn);

        HttpResponse<String> again =
                send(
                        "GET",
                        "/api/v1/session",
                        null,
                        "Cookie",
                        cookie,
                        "Origin",
                        "https://evil.example");
        assertEquals(200, again.statusCode(), again::body);
        assertEquals(token, json(again).getString("csrfToken"), "the page gets it after a reload");
        assertTrue(
                again.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                "no other origin may read the token");

        HttpResponse<String> list = send("GET", "/api/v1/encounters", null, "Cookie", cookie);
        assertEquals(200, list.statusCode(), list::body);

        String registration = Bodies.encounter("Haddad", true, false);
        HttpResponse<String> withoutToken =
                send(
                        "POST",
                        "/api/v1/encounters",
                        registration,
                        "Cookie",
                        cookie,
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertProblem(withoutToken, 403, "csrf-token-invalid");
        assertTrue(json(withoutToken).getString("detail").contains("Reload the page"));

        HttpResponse<String> wrongToken =
                send(
                        "POST",
                        "/api/v1/encounters",
                        registration,
                        "Cookie",
                        cookie,
                        "X-CSRF-Token",
                        token.substring(1) + "A",
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertProblem(wrongToken, 403, "csrf-token-invalid");

        HttpResponse<String> created =
                send(
                        "POST",
                        "/api/v1/encounters",
                        registration,
                        "Cookie",
                        cookie,
                        "X-CSRF-Token",
                        token,
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertEquals(201, created.statusCode(), created::body);

        HttpResponse<String> signOutWithoutToken =
                send("DELETE", "/api/v1/session", null, "Cookie", cookie);
        assertProblem(signOutWithoutToken, 403, "csrf-token-invalid");

        HttpResponse<String> signedOut =
                send("DELETE", "/api/v1/session", null, "Cookie", cookie, "X-CSRF-Token", token);
        assertEquals(204, signedOut.statusCode(), signedOut::body);
        String cleared = signedOut.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cleared.startsWith("asylon_session=; Max-Age=0"), cleared);

        assertProblem(
                send("GET", "/api/v1/session", null, "Cookie", cookie), 401, "not-authenticated");
        assertProblem(
                send("GET", "/api/v1/encounters", null, "Cookie", cookie),
                401,
                "not-authenticated");
    }

    @Test
    void signInsRefusalsAndSignOutsAreOnTheAuditTrailWithoutThePassword() {
        HttpResponse<String> signedIn = signIn("border.supervisor");
        String token = json(signedIn).getString("csrfToken");
        send(
                "DELETE",
                "/api/v1/session",
                null,
                "Cookie",
                "asylon_session=" + cookieValue(signedIn),
                "X-CSRF-Token",
                token);
        send(
                "POST",
                "/api/v1/session",
                "{\"user\":\"border.supervisor\",\"password\":\"s3cret-guess\"}");
        String basic =
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        "auditor:asylon-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> trail =
                send("GET", "/api/v1/audit?after=0&limit=1000", null, "Authorization", basic);
        assertEquals(200, trail.statusCode(), trail::body);
        for (String action :
                new String[] {
                    "web-session.signed-in", "web-session.signed-out", "web-session.refused"
                }) {
            assertTrue(trail.body().contains("\"" + action + "\""), action + " in " + trail.body());
        }
        assertFalse(trail.body().contains("s3cret-guess"), "never the password");
        assertFalse(trail.body().contains("asylon-demo"), "never the password");
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() {
        HttpResponse<String> signedIn = signIn("border.officer", "X-Forwarded-Proto", "https");
        assertEquals(201, signedIn.statusCode(), signedIn::body);
        assertTrue(signedIn.headers().firstValue("Set-Cookie").orElseThrow().endsWith("; Secure"));
    }

    @Test
    void wrongCredentialsAndMalformedSignInsAreProblems() {
        HttpResponse<String> wrong =
                send(
                        "POST",
                        "/api/v1/session",
                        "{\"user\":\"border.officer\",\"password\":\"guess\"}");
        assertProblem(wrong, 401, "not-authenticated");
        assertEquals("Unknown user or wrong password.", json(wrong).getString("detail"));
        assertTrue(wrong.headers().firstValue("Set-Cookie").isEmpty());

        HttpResponse<String> missing =
                send("POST", "/api/v1/session", "{\"user\":\"border.officer\"}");
        assertProblem(missing, 422, "validation-failed");
        assertEquals(
                "password",
                json(missing).getJsonArray("errors").getJsonObject(0).getString("field"));

        HttpResponse<String> unknown =
                send(
                        "POST",
                        "/api/v1/session",
                        "{\"user\":\"border.officer\",\"password\":\"asylon-demo\",\"remember\":true}");
        assertProblem(unknown, 400, "invalid-request");
        assertEquals(
                "remember",
                json(unknown).getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anAuthorizationHeaderIgnoresTheCookieAndAForgedCookieOpensNothing() {
        HttpResponse<String> signedIn = signIn("border.officer");
        String cookie = "asylon_session=" + cookieValue(signedIn);
        String basic =
                "Basic "
                        + java.util.Base64.getEncoder()
                                .encodeToString(
                                        "auditor:asylon-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> asAuditor =
                send("GET", "/api/v1/encounters", null, "Cookie", cookie, "Authorization", basic);
        assertProblem(asAuditor, 403, "forbidden");

        assertProblem(
                send("GET", "/api/v1/encounters", null, "Cookie", "asylon_session=forged"),
                401,
                "not-authenticated");
        assertProblem(
                send("POST", "/api/v1/encounters", "{}", "Cookie", "asylon_session=forged"),
                401,
                "not-authenticated");
    }

    @Test
    void signingInAgainReplacesTheEarlierSession() {
        HttpResponse<String> first = signIn("border.officer");
        String firstCookie = "asylon_session=" + cookieValue(first);
        HttpResponse<String> second = signIn("border.officer", "Cookie", firstCookie);
        assertEquals(201, second.statusCode(), second::body);
        assertNotEquals(cookieValue(first), cookieValue(second));
        assertProblem(
                send("GET", "/api/v1/session", null, "Cookie", firstCookie),
                401,
                "not-authenticated");
    }

    @Test
    void theCataloguesAndTheLanguagesAreServedWithAnEtag() {
        HttpResponse<String> languages = send("GET", "/app/messages/languages.json", null);
        assertEquals(200, languages.statusCode(), languages::body);
        JsonArray list;
        try (var reader = Json.createReader(new StringReader(languages.body()))) {
            list = reader.readArray();
        }
        assertEquals("en", list.getJsonObject(0).getString("code"), languages.body());
        assertEquals("ltr", list.getJsonObject(0).getString("direction"));
        assertEquals("no-cache", languages.headers().firstValue("Cache-Control").orElse(null));

        HttpResponse<String> en = send("GET", "/app/messages/en.json", null);
        assertEquals(200, en.statusCode(), en::body);
        assertEquals("Ministry of the Interior (test state)", json(en).getString("state.ministry"));
        assertEquals("Counter", json(en).getString("counter.title"), "the module's own catalogue");
        assertEquals("Sign out", json(en).getString("shell.sign-out"), "the shell's catalogue");
        assertTrue(
                languages.body().contains("\"ti\""),
                "a state adds a language by dropping a file: " + languages.body());
        HttpResponse<String> tigrinya = send("GET", "/app/messages/ti.json", null);
        assertEquals("ውጻእ", json(tigrinya).getString("shell.sign-out"));
        String etag = en.headers().firstValue("ETag").orElseThrow();
        assertEquals(
                304,
                send("GET", "/app/messages/en.json", null, "If-None-Match", etag).statusCode());

        assertProblem(send("GET", "/app/messages/xx.json", null), 404, "not-found");
        assertEquals(404, send("GET", "/app/messages/..%2Fen.json", null).statusCode());
    }

    @Test
    void everyAnswerForbidsFramingAndReferrersAndTheAppGetsItsPolicy() {
        HttpResponse<String> api = send("GET", "/api/v1/session", null);
        assertEquals("DENY", api.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-referrer", api.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertNull(api.headers().firstValue("Content-Security-Policy").orElse(null));

        HttpResponse<String> app = send("GET", "/app/messages/languages.json", null);
        String policy = app.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.startsWith("default-src 'self'; script-src 'self'"), policy);
        assertTrue(policy.contains("frame-ancestors 'none'"), policy);
        assertFalse(policy.contains("unsafe"), policy);
    }
}
