package org.asylon.kernel.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A retry is recognised by reading its key in the claiming transaction: no insert reaches the
 * unique index, so the database raises no duplicate-key error for the persistence layer to log.
 */
class IdempotencyStoreTest {

    @Test
    void aTakenKeyIsRecognisedWithoutADuplicateKeyErrorAndTheWorkRunsOnce() {
        try (TestDatabase db =
                TestDatabase.forModule("kernel", IdempotencyRecord.class, InstantConverter.class)) {
            int[] runs = {0};
            db.inTransaction(
                    em -> {
                        IdempotencyStore store = new IdempotencyStore();
                        store.em = em;
                        store.claimAndRun(
                                "ann POST arrivals",
                                "k-1",
                                "h",
                                () -> {
                                    runs[0]++;
                                    return Created.at("arrivals/1", Map.of());
                                });
                    });
            IdempotencyStore.KeyTaken taken =
                    assertThrows(
                            IdempotencyStore.KeyTaken.class,
                            () ->
                                    db.inTransaction(
                                            em -> {
                                                IdempotencyStore store = new IdempotencyStore();
                                                store.em = em;
                                                store.claimAndRun(
                                                        "ann POST arrivals",
                                                        "k-1",
                                                        "h",
                                                        () -> {
                                                            runs[0]++;
                                                            return Created.at(
                                                                    "arrivals/2", Map.of());
                                                        });
                                            }));
            assertNull(taken.getCause(), "no database error behind it: " + taken.getCause());
            assertEquals(1, runs[0]);
        }
    }
}
