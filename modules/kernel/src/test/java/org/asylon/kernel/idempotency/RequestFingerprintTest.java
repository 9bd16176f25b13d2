package org.asylon.kernel.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A retry is recognised by content, whatever order the members of the request come in. */
class RequestFingerprintTest {

    private final IdempotentCreation creation = new IdempotentCreation();

    @Test
    void memberOrderDoesNotChangeTheFingerprint() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("arrival", "a-1");
        one.put(
                "record",
                Map.of("motives", "war", "options", List.of("ASYLUM_PROCEDURE", "FAMILY_TRACING")));
        Map<String, Object> other = new LinkedHashMap<>();
        other.put(
                "record",
                Map.of("options", List.of("ASYLUM_PROCEDURE", "FAMILY_TRACING"), "motives", "war"));
        other.put("arrival", "a-1");
        assertEquals(creation.fingerprint(one), creation.fingerprint(other));
    }

    @Test
    void differentContentOrArrayOrderIsADifferentRequest() {
        assertNotEquals(
                creation.fingerprint(Map.of("arrival", "a-1")),
                creation.fingerprint(Map.of("arrival", "a-2")));
        assertNotEquals(
                creation.fingerprint(List.of("x", "y")), creation.fingerprint(List.of("y", "x")));
    }
}
