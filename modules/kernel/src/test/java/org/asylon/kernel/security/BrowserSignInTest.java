package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.asylon.kernel.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the session cookie means for a request: the CSRF rules of the officers' web app. */
class BrowserSignInTest {

    private static final String PATH = "/api/v1/encounters";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final WebSessions sessions =
            new WebSessions(Duration.ofMinutes(30), Duration.ofHours(12), clock);
    private final BrowserSignIn signIn = new BrowserSignIn(sessions);
    private final WebSessions.Opened opened =
            sessions.open("border.officer", Set.of("border-officer"));
    private final String cookie = opened.cookieValue();
    private final String token = opened.session().csrfToken();

    @ParameterizedTest
    @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get"})
    void aReadNeedsNoToken(String method) {
        BrowserSignIn.Decision decision = signIn.decide(method, PATH, null, cookie, null);
        assertEquals(
                "border.officer",
                assertInstanceOf(BrowserSignIn.SignedIn.class, decision).session().user());
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH"})
    void aChangeWithoutTheTokenIsRefused(String method) {
        assertInstanceOf(
                BrowserSignIn.CsrfRefused.class, signIn.decide(method, PATH, null, cookie, null));
        assertInstanceOf(
                BrowserSignIn.CsrfRefused.class, signIn.decide(method, PATH, null, cookie, " "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void aChangeWithAWrongTokenIsRefused(String method) {
        assertInstanceOf(
                BrowserSignIn.CsrfRefused.class,
                signIn.decide(method, PATH, null, cookie, token + "x"));
        String other = sessions.open("someone.else", Set.of()).session().csrfToken();
        assertInstanceOf(
                BrowserSignIn.CsrfRefused.class, signIn.decide(method, PATH, null, cookie, other));
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE"})
    void aChangeWithTheSessionsTokenSignsTheCallerIn(String method) {
        assertInstanceOf(
                BrowserSignIn.SignedIn.class, signIn.decide(method, PATH, null, cookie, token));
    }

    @Test
    void anAuthorizationHeaderMakesTheCookieIrrelevant() {
        assertInstanceOf(
                BrowserSignIn.Anonymous.class,
                signIn.decide("POST", PATH, "Basic Ym9yZGVyLm9mZmljZXI6eA==", cookie, null));
        assertInstanceOf(
                BrowserSignIn.Anonymous.class,
                signIn.decide("GET", PATH, "Bearer x.y.z", cookie, token));
    }

    @Test
    void anUnknownOrExpiredCookieGoesOnAnonymously() {
        assertInstanceOf(
                BrowserSignIn.Anonymous.class, signIn.decide("POST", PATH, null, "forged", null));
        clock.advance(Duration.ofMinutes(31));
        assertInstanceOf(
                BrowserSignIn.Anonymous.class, signIn.decide("GET", PATH, null, cookie, token));
    }

    @Test
    void signingInAgainIsJudgedByTheBodyNotByTheOldCookie() {
        assertInstanceOf(
                BrowserSignIn.Anonymous.class,
                signIn.decide("POST", "/api/v1/session", null, cookie, null));
        assertInstanceOf(
                BrowserSignIn.CsrfRefused.class,
                signIn.decide("DELETE", "/api/v1/session", null, cookie, null),
                "signing out is a change like any other");
    }
}
