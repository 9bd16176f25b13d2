package org.asylon.reception.document.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

class TemporaryDocumentTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 6, 30);
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");

    private static TemporaryDocument document() {
        return new TemporaryDocument(
                DocumentNumber.issue(1),
                "arrival-1",
                Instant.parse("2025-12-30T09:00:00Z"),
                new Validity(
                        UNTIL,
                        "reception.temporary-document.validity",
                        "convention-1951",
                        "basis",
                        "text"),
                NOW,
                LocalDate.of(2026, 1, 5),
                "reception.officer");
    }

    @Test
    void validThroughTheLastDayThenExpired() {
        TemporaryDocument d = document();
        assertEquals(DocumentStatus.VALID, d.status(LocalDate.of(2026, 1, 5)));
        assertEquals(DocumentStatus.VALID, d.status(UNTIL));
        assertEquals(DocumentStatus.EXPIRED, d.status(UNTIL.plusDays(1)));
        assertTrue(
                d.current(),
                "an expired document is still the person's current one until replaced");
    }

    @Test
    void revokedWithReasonStaysRevokedEvenBeforeExpiry() {
        TemporaryDocument d = document();
        d.revoke("issued to the wrong person", "reception.officer", NOW);
        assertEquals(DocumentStatus.REVOKED, d.status(LocalDate.of(2026, 2, 1)));
        assertEquals(DocumentStatus.REVOKED, d.status(UNTIL.plusDays(1)));
        assertEquals("issued to the wrong person", d.revocationReason());
        assertFalse(d.current());
    }

    @Test
    void replacedPointsToItsSuccessor() {
        TemporaryDocument d = document();
        d.replaceBy("TD-00000002-12345678-00", "reception.officer", NOW);
        assertEquals(DocumentStatus.REPLACED, d.status(LocalDate.of(2026, 2, 1)));
        assertEquals("TD-00000002-12345678-00", d.replacedByNumber());
    }

    @Test
    void anExpiredDocumentCanStillBeRevokedOrReplaced() {
        TemporaryDocument d = document();
        assertEquals(DocumentStatus.EXPIRED, d.status(UNTIL.plusDays(10)));
        d.revoke("fraud found later", "reception.officer", NOW);
        assertEquals(DocumentStatus.REVOKED, d.status(UNTIL.plusDays(10)));
    }

    @Test
    void anEndedDocumentCannotEndAgain() {
        TemporaryDocument revoked = document();
        revoked.revoke("lost", "a", NOW);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> revoked.revoke("again", "a", NOW))
                        .type());
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> revoked.replaceBy("n", "a", NOW))
                        .type());
        TemporaryDocument replaced = document();
        replaced.replaceBy("n", "a", NOW);
        assertEquals(
                ProblemType.CONFLICT,
                assertThrows(ProblemException.class, () -> replaced.revoke("late", "a", NOW))
                        .type());
    }
}
