package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import org.asylon.kernel.testing.MovableClock;
import org.junit.jupiter.api.Test;

class WebSessionsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final WebSessions sessions =
            new WebSessions(Duration.ofMinutes(30), Duration.ofHours(12), clock);

    @Test
    void aNewSessionIsFoundByItsCookieWithItsUserRolesAndToken() {
        WebSessions.Opened opened = sessions.open("border.officer", Set.of("border-officer"));
        WebSession found = sessions.find(opened.cookieValue()).orElseThrow();
        assertEquals("border.officer", found.user());
        assertEquals(Set.of("border-officer"), found.roles());
        assertEquals(opened.session().csrfToken(), found.csrfToken());
        assertEquals(Instant.parse("2026-12-01T20:00:00Z"), found.expiresAt());
    }

    @Test
    void theCookieAndTheTokenAre256RandomBitsInBase64Url() {
        WebSessions.Opened one = sessions.open("a", Set.of());
        WebSessions.Opened two = sessions.open("a", Set.of());
        assertEquals(32, Base64.getUrlDecoder().decode(one.cookieValue()).length);
        assertEquals(32, Base64.getUrlDecoder().decode(one.session().csrfToken()).length);
        assertTrue(one.cookieValue().matches("[A-Za-z0-9_-]{43}"));
        assertNotEquals(one.cookieValue(), two.cookieValue());
        assertNotEquals(one.cookieValue(), one.session().csrfToken());
    }

    @Test
    void sessionsAreKeptUnderAHashNeverUnderTheCookieItself() {
        WebSessions.Opened opened = sessions.open("a", Set.of());
        assertNotEquals(opened.cookieValue(), opened.session().key());
        assertEquals(WebSessions.hash(opened.cookieValue()), opened.session().key());
        assertFalse(opened.session().reference().contains(opened.cookieValue()));
    }

    @Test
    void unknownBlankAndOverlongCookiesFindNothing() {
        sessions.open("a", Set.of());
        assertTrue(sessions.find("nonsense").isEmpty());
        assertTrue(sessions.find("").isEmpty());
        assertTrue(sessions.find(null).isEmpty());
        assertTrue(sessions.find("x".repeat(5000)).isEmpty());
    }

    @Test
    void aSessionIdleForTheTimeoutEnds() {
        WebSessions.Opened opened = sessions.open("a", Set.of());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(opened.cookieValue()).isPresent(), "used within the timeout");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.find(opened.cookieValue()).isPresent(), "each use restarts the timer");
        clock.advance(Duration.ofMinutes(30));
        assertTrue(sessions.find(opened.cookieValue()).isEmpty(), "idle for 30 minutes");
    }

    @Test
    void aBusySessionStillEndsAtItsMaximumAge() {
        WebSessions.Opened opened = sessions.open("a", Set.of());
        for (int i = 0; i < 12 * 3 - 1; i++) {
            clock.advance(Duration.ofMinutes(20));
            assertTrue(sessions.find(opened.cookieValue()).isPresent(), "at step " + i);
        }
        clock.advance(Duration.ofMinutes(20));
        assertTrue(sessions.find(opened.cookieValue()).isEmpty(), "12 hours after sign-in");
    }

    @Test
    void expiredSessionsAreSweptLiveOnesKept() {
        WebSessions.Opened old = sessions.open("old", Set.of());
        clock.advance(Duration.ofMinutes(20));
        WebSessions.Opened recent = sessions.open("recent", Set.of());
        clock.advance(Duration.ofMinutes(15));
        assertEquals(1, sessions.sweep());
        assertEquals(1, sessions.size());
        assertTrue(sessions.find(recent.cookieValue()).isPresent());
        assertTrue(sessions.find(old.cookieValue()).isEmpty());
    }

    @Test
    void requestsSweepAtMostOnceAMinuteWithoutBeingAsked() {
        sessions.open("old", Set.of());
        clock.advance(Duration.ofHours(1));
        sessions.find("anything");
        assertEquals(0, sessions.size(), "the expired session went with the next request");
    }

    @Test
    void closingForgetsTheSession() {
        WebSessions.Opened opened = sessions.open("a", Set.of());
        assertEquals("a", sessions.close(opened.cookieValue()).orElseThrow().user());
        assertTrue(sessions.find(opened.cookieValue()).isEmpty());
        assertTrue(sessions.close(opened.cookieValue()).isEmpty(), "closing twice is harmless");
    }

    @Test
    void theCsrfTokenMatchesOnlyItselfExactly() {
        WebSession session = sessions.open("a", Set.of()).session();
        String token = session.csrfToken();
        assertTrue(session.csrfTokenMatches(token));
        assertFalse(session.csrfTokenMatches(null));
        assertFalse(session.csrfTokenMatches(""));
        assertFalse(session.csrfTokenMatches(token.substring(1)));
        assertFalse(session.csrfTokenMatches(token + "x"));
        assertFalse(session.csrfTokenMatches(token.toUpperCase()));
    }
}
