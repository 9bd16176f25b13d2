package org.asylon.kernel.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Stored answers are kept for retries, then forgotten. */
class IdempotencyRetentionTest {

    @Test
    void answersOlderThanTheRetentionAreForgottenAndNewerOnesKept() {
        try (TestDatabase db =
                TestDatabase.forModule("kernel", IdempotencyRecord.class, InstantConverter.class)) {
            db.inTransaction(
                    em -> {
                        IdempotencyRecord old =
                                new IdempotencyRecord(
                                        "ann POST encounters",
                                        "k-old",
                                        "h",
                                        Instant.parse("2026-09-01T00:00:00Z"));
                        old.answer(Created.at("encounters/1", java.util.Map.of()));
                        em.persist(old);
                        IdempotencyRecord recent =
                                new IdempotencyRecord(
                                        "ann POST encounters",
                                        "k-new",
                                        "h",
                                        Instant.parse("2026-11-25T00:00:00Z"));
                        recent.answer(Created.at("encounters/2", java.util.Map.of()));
                        em.persist(recent);
                    });
            int forgotten =
                    db.readInTransaction(
                            em ->
                                    IdempotencyStore.purge(
                                            em, Instant.parse("2026-10-27T00:00:00Z")));
            assertEquals(1, forgotten);
            db.inTransaction(
                    em -> {
                        assertNull(em.find(IdempotencyRecord.class, key("k-old")));
                        assertNotNull(em.find(IdempotencyRecord.class, key("k-new")));
                    });
        }
    }

    private static IdempotencyRecord.Key key(String value) {
        IdempotencyRecord.Key key = new IdempotencyRecord.Key();
        key.scope = "ann POST encounters";
        key.key = value;
        return key;
    }
}
