package org.asylon.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * The opaque cursor of the lists: it comes back as it went out, and anything else is a 400 naming
 * the field.
 */
class KeysetTest {

    @Test
    void aCursorComesBackExactly() {
        Keyset position =
                Keyset.of(
                        Instant.parse("2026-11-26T10:00:00.123456789Z"),
                        "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
        assertEquals(position, Keyset.parse("after", position.encode()));
        assertNull(Keyset.parse("after", " "));
        assertNull(Keyset.parse("after", null));
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad :
                List.of(
                        "42",
                        "not-base64!",
                        "MTIzfA",
                        Keyset.of(Instant.EPOCH, "x").encode() + "%%")) {
            ProblemException refused =
                    assertThrows(ProblemException.class, () -> Keyset.parse("after", bad), bad);
            assertEquals(ProblemType.INVALID_REQUEST, refused.type());
            assertEquals("after", refused.fieldErrors().get(0).field());
        }
    }

    @Test
    void aPageReadWithOneMoreSaysWhereTheNextStarts() {
        Page<String> page = Page.of(List.of("c", "b", "a"), 2, s -> Keyset.of(Instant.EPOCH, s));
        assertEquals(List.of("c", "b"), page.items());
        assertEquals("b", page.next().id());
        assertNull(Page.of(List.of("c", "b"), 2, s -> Keyset.of(Instant.EPOCH, s)).next());
    }
}
