package org.asylon.kernel.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
