package org.asylon.kernel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void theWebAppsPathsGetItsPolicy() {
        assertTrue(SecurityHeaders.isApp("/app/"));
        assertTrue(SecurityHeaders.isApp("/app"));
        assertTrue(SecurityHeaders.isApp("/app/screens/counter.js"));
        assertFalse(SecurityHeaders.isApp("/api/v1/encounters"));
        assertFalse(SecurityHeaders.isApp("/application"));
    }

    @Test
    void thePolicyAllowsOnlyOurOwnOriginAndNoFraming() {
        String policy = SecurityHeaders.APP_POLICY;
        assertTrue(policy.startsWith("default-src 'self'; script-src 'self';"));
        assertTrue(policy.contains("frame-ancestors 'none'"));
        assertTrue(policy.contains("base-uri 'none'"));
        assertFalse(policy.contains("unsafe"));
    }

    private static HttpServletRequest requestWith(Map<String, String> headers) {
        return (HttpServletRequest)
                Proxy.newProxyInstance(
                        SecurityHeadersTest.class.getClassLoader(),
                        new Class<?>[] {HttpServletRequest.class},
                        (proxy, method, args) ->
                                method.getName().equals("getHeader")
                                        ? headers.get((String) args[0])
                                        : null);
    }

    @Test
    void aScriptIsChallengedForATokenOnlySoNoBrowserDialogOpens() {
        String usual = "Basic realm=\"Asylon\", Bearer realm=\"Asylon\"";
        assertEquals(
                "Bearer realm=\"Asylon\"",
                SecurityHeaders.challengeFor(
                        requestWith(Map.of("X-Requested-With", "asylon-app")), usual));
        assertEquals(
                "Bearer realm=\"Asylon\"",
                SecurityHeaders.challengeFor(requestWith(Map.of("Sec-Fetch-Mode", "cors")), usual));
        assertEquals(
                usual,
                SecurityHeaders.challengeFor(
                        requestWith(Map.of("Sec-Fetch-Mode", "navigate")), usual));
        assertEquals(usual, SecurityHeaders.challengeFor(requestWith(Map.of()), usual));
    }
}
