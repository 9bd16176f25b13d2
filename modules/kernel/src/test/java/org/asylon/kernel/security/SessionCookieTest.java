package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionCookieTest {

    @Test
    void theCookieIsHttpOnlyStrictAndScopedToTheModule() {
        assertEquals(
                "asylon_session=abc; Path=/entry/; HttpOnly; SameSite=Strict",
                SessionCookie.issue("abc", "/entry", false));
    }

    @Test
    void itIsSecureWhenTheRequestCameOverTls() {
        assertEquals(
                "asylon_session=abc; Path=/entry/; HttpOnly; SameSite=Strict; Secure",
                SessionCookie.issue("abc", "/entry", true));
    }

    @Test
    void tlsIsTheConnectionsOrTheProxysWord() {
        assertTrue(SessionCookie.tls(true, null));
        assertTrue(SessionCookie.tls(false, "https"));
        assertTrue(SessionCookie.tls(false, "HTTPS"));
        assertTrue(SessionCookie.tls(false, "https, http"), "the first proxy's word counts");
        assertFalse(SessionCookie.tls(false, null));
        assertFalse(SessionCookie.tls(false, "http"));
        assertFalse(SessionCookie.tls(false, "http, https"));
    }

    @Test
    void aModuleAtTheRootGetsPathSlash() {
        assertEquals("/", SessionCookie.path(""));
        assertEquals("/", SessionCookie.path("/"));
        assertEquals("/reception/", SessionCookie.path("/reception"));
    }

    @Test
    void clearingExpiresTheCookieWithTheSameAttributes() {
        String cleared = SessionCookie.clear("/entry", true);
        assertTrue(cleared.startsWith("asylon_session=; Max-Age=0;"), cleared);
        assertTrue(cleared.contains("; Path=/entry/; HttpOnly; SameSite=Strict; Secure"), cleared);
    }
}
