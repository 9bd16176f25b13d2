package org.asylon.kernel.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditHash;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final TestDatabase db =
            TestDatabase.forModule("kernel", AuditRecord.class, KernelSequence.class);
    private final AuditChain chain = new AuditChain();
    private final AuditVerifier verifier = new AuditVerifier();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void appendedRecordsFormAnIntactChainFromGenesis() {
        AuditRecord first =
                append(
                        AuditEntry.of(
                                        "b.officer",
                                        "encounter.registered",
                                        "encounter",
                                        "e-1",
                                        "{\"crossingPoint\":\"LND-01\"}")
                                .withRequestId("req-1"));
        AuditRecord second =
                append(AuditEntry.of("b.officer", "encounter.read", "encounter", "e-1", null));

        assertEquals(1, first.sequenceNumber());
        assertEquals(AuditHash.GENESIS, first.previousHash());
        assertEquals(2, second.sequenceNumber());
        assertEquals(first.hash(), second.previousHash());

        var verification = tx(verifier::verify);
        assertTrue(verification.intact(), verification.findings()::toString);
        assertEquals(2, verification.verifiedCount());
        assertEquals(2, verification.headSequence());
        assertEquals(second.hash(), verification.headHash());
        assertEquals(2L, lastValue());
    }

    @Test
    void recordsReadBackExactlyAsWritten() {
        AuditRecord written =
                append(
                        AuditEntry.of("عمر", "outcome.decided", "claim", "c-9", "ü \"ok\" ")
                                .withRequestId("r"));

        AuditRecord read = tx(em -> chain.after(em, 0, 10)).get(0);

        assertEquals(written.recordedAt(), read.recordedAt());
        assertEquals(
                List.of("عمر", "outcome.decided", "claim", "c-9", "ü \"ok\" ", "r", written.hash()),
                List.of(
                        read.actor(),
                        read.action(),
                        read.recordType(),
                        read.recordId(),
                        read.details(),
                        read.requestId(),
                        read.hash()));
    }

    @Test
    void recordedTimesSurviveTheRoundTripInAZoneWithDaylightSaving() {
        TimeZone original = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
        try {
            // the hour that happens twice in Berlin (autumn) and the hour that does not happen
            // (spring), in UTC
            for (String at :
                    List.of(
                            "2024-10-27T00:30:00.001Z",
                            "2024-10-27T01:30:00.002Z",
                            "2024-03-31T01:30:00.003Z",
                            "2024-03-31T02:30:00.004Z")) {
                var fixed = new AuditChain(Clock.fixed(Instant.parse(at), ZoneOffset.UTC));
                tx(em -> fixed.append(em, AuditEntry.of("x", "a.b", "t", at, null)));
            }
            var verification = tx(verifier::verify);
            assertTrue(verification.intact(), verification.findings()::toString);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void severalAppendsInOneTransactionChainInOrder() {
        run(
                em -> {
                    chain.append(
                            em,
                            AuditEntry.of("x", "encounter.registered", "encounter", "e-1", null));
                    chain.append(
                            em, AuditEntry.of("x", "screening.started", "screening", "s-1", null));
                    chain.append(
                            em,
                            AuditEntry.of("x", "screening.completed", "screening", "s-1", null));
                });

        var verification = tx(verifier::verify);
        assertTrue(verification.intact(), verification.findings()::toString);
        assertEquals(3, verification.verifiedCount());
    }

    @Test
    void aRolledBackTransactionLeavesNeitherRecordNorGap() throws SQLException {
        append(AuditEntry.of("x", "encounter.registered", "encounter", "e-1", null));

        assertThrows(
                IllegalStateException.class,
                () ->
                        run(
                                em -> {
                                    chain.append(
                                            em,
                                            AuditEntry.of(
                                                    "x",
                                                    "outcome.decided",
                                                    "encounter",
                                                    "e-1",
                                                    null));
                                    em.flush();
                                    throw new IllegalStateException(
                                            "business rule violated after the audit entry");
                                }));
        append(AuditEntry.of("x", "encounter.read", "encounter", "e-1", null));

        assertEquals(List.of(1L, 2L), sequenceNumbers());
        assertEquals("encounter.read", tx(em -> chain.after(em, 1, 1)).get(0).action());
        assertTrue(tx(verifier::verify).intact());
    }

    @Test
    void concurrentWritersProduceOneGapFreeValidChain() throws Exception {
        int writers = 8;
        int appendsEach = 15;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        var start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            String actor = "officer-" + w;
            done.add(
                    pool.submit(
                            () -> {
                                start.await();
                                for (int i = 0; i < appendsEach; i++) {
                                    String id = actor + "/" + i;
                                    // each append is its own transaction with its own EntityManager
                                    tx(
                                            em ->
                                                    chain.append(
                                                            em,
                                                            AuditEntry.of(
                                                                    actor,
                                                                    "encounter.registered",
                                                                    "encounter",
                                                                    id,
                                                                    null)));
                                }
                                return null;
                            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();

        long total = (long) writers * appendsEach;
        assertEquals(LongStream.rangeClosed(1, total).boxed().toList(), sequenceNumbers());
        assertEquals(total, lastValue());
        var verification = tx(verifier::verify);
        assertTrue(verification.intact(), verification.findings()::toString);
        assertEquals(total, verification.verifiedCount());
    }

    @Test
    void readingPagesContinuesAfterTheLastSequenceReceived() {
        for (int i = 1; i <= 5; i++) {
            append(AuditEntry.of("x", "encounter.read", "encounter", "e-" + i, null));
        }

        assertEquals(
                List.of(3L, 4L),
                tx(em -> chain.after(em, 2, 2)).stream().map(AuditRecord::sequenceNumber).toList());
        assertEquals(List.of(), tx(em -> chain.after(em, 5, 100)));
    }

    // TestDatabase.inTransaction is overloaded for Function and Consumer; typed parameters pick one
    private <T> T tx(Function<EntityManager, T> work) {
        return db.readInTransaction(work);
    }

    private void run(Consumer<EntityManager> work) {
        db.inTransaction(work);
    }

    private AuditRecord append(AuditEntry entry) {
        return tx(em -> chain.append(em, entry));
    }

    private List<Long> sequenceNumbers() {
        return tx(
                em ->
                        em.createQuery(
                                        "SELECT r.sequenceNumber FROM AuditRecord r ORDER BY r.sequenceNumber",
                                        Long.class)
                                .getResultList());
    }

    private long lastValue() {
        return tx(em -> KernelSequence.lastValue(em, KernelSequence.AUDIT_CHAIN));
    }
}
