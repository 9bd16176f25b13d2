package org.asylon.kernel.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;

/**
 * A retry is answered from the first answer, recognised by reading its key (see {@link
 * IdempotencyStoreTest}), without provoking the duplicate-key error that the persistence layer logs
 * as a long stack trace (1,757 replays after a crash made a 273,698-line log).
 */
class IdempotentReplayTest {

    private final Map<String, IdempotencyRecord> stored = new HashMap<>();
    private int claims;

    private final IdempotentCreation creation = new IdempotentCreation();

    {
        creation.store =
                new IdempotencyStore() {
                    @Override
                    public Created claimAndRun(
                            String scope, String key, String requestHash, Supplier<Created> work) {
                        if (stored.containsKey(scope + key)) {
                            throw new KeyTaken(null); // found by reading, as the real store does
                        }
                        claims++;
                        IdempotencyRecord record =
                                new IdempotencyRecord(scope, key, requestHash, Instant.now());
                        Created created = work.get();
                        record.answer(created);
                        stored.put(scope + key, record);
                        return created;
                    }

                    @Override
                    public Optional<IdempotencyRecord> find(String scope, String key) {
                        return Optional.ofNullable(stored.get(scope + key));
                    }
                };
    }

    @Test
    void aRetryIsAnsweredFromTheStoredAnswerWithoutClaimingTheKeyAgain() {
        Created first =
                creation.once(
                        "k-1",
                        "ann POST arrivals",
                        Map.of("name", "Amal"),
                        () -> Created.at("arrivals/1", Map.of("id", "1")));
        Created retry =
                creation.once(
                        "k-1",
                        "ann POST arrivals",
                        Map.of("name", "Amal"),
                        () -> Created.at("arrivals/2", Map.of("id", "2")));

        assertEquals(1, claims, "only the first request claimed the key and ran its work");
        assertTrue(retry.replayed());
        assertEquals(first.body(), retry.body());
        assertEquals("arrivals/1", retry.location());
    }

    @Test
    void theSameKeyForAnotherRequestIsStillRefused() {
        creation.once(
                "k-1",
                "ann POST arrivals",
                Map.of("name", "Amal"),
                () -> Created.at("arrivals/1", Map.of()));

        ProblemException refused =
                assertThrows(
                        ProblemException.class,
                        () ->
                                creation.once(
                                        "k-1",
                                        "ann POST arrivals",
                                        Map.of("name", "Karim"),
                                        () -> Created.at("arrivals/2", Map.of())));
        assertEquals(ProblemType.IDEMPOTENCY_KEY_REUSED, refused.type());
    }
}
