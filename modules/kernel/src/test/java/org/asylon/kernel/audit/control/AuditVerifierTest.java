package org.asylon.kernel.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditFinding.Kind;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditHash;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tampering goes through plain JDBC, as someone with database access but without the application
 * would.
 */
class AuditVerifierTest {

    private static final Instant NOW = Instant.parse("2025-02-03T10:00:00Z");

    private final TestDatabase db =
            TestDatabase.forModule("kernel", AuditRecord.class, KernelSequence.class);
    private final AuditChain chain = new AuditChain();
    // a page of 2 makes every test walk across page boundaries
    private final AuditVerifier verifier =
            new AuditVerifier(2, 100, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeEach
    void fiveRecords() {
        for (int i = 1; i <= 5; i++) {
            String id = "e-" + i;
            tx(
                    em ->
                            chain.append(
                                    em,
                                    AuditEntry.of(
                                            "b.officer",
                                            "encounter.registered",
                                            "encounter",
                                            id,
                                            null)));
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anUntouchedChainIsIntact() {
        var verification = verify();

        assertTrue(verification.intact());
        assertEquals(5, verification.verifiedCount());
        assertEquals(List.of(), verification.findings());
        assertEquals(NOW, verification.checkedAt());
        assertEquals(5, verification.headSequence());
    }

    @Test
    void anEmptyTrailIsIntact() {
        try (var empty =
                TestDatabase.forModule("kernel", AuditRecord.class, KernelSequence.class)) {
            var verification =
                    empty.readInTransaction(
                            (Function<EntityManager, AuditVerification>) verifier::verify);
            assertTrue(verification.intact());
            assertEquals(0, verification.verifiedCount());
            assertEquals(AuditHash.GENESIS, verification.headHash());
        }
    }

    @Test
    void anEditedFieldIsFoundAtItsSequence() throws SQLException {
        sql("UPDATE audit_record SET actor = 'someone.else' WHERE sequence_number = 3");

        assertEquals(List.of(finding(3, Kind.ALTERED)), kinds(verify()));
    }

    @Test
    void anEditedTimeIsFound() throws SQLException {
        sql(
                "UPDATE audit_record SET recorded_at_ms = recorded_at_ms - 3600000 WHERE sequence_number = 4");

        assertEquals(List.of(finding(4, Kind.ALTERED)), kinds(verify()));
    }

    @Test
    void aDeletedMiddleRecordIsFound() throws SQLException {
        sql("DELETE FROM audit_record WHERE sequence_number = 3");

        var verification = verify();
        assertFalse(verification.intact());
        assertEquals(List.of(finding(3, Kind.GAP)), kinds(verification));
        assertEquals(
                "Record 3 is missing from the chain: deleted.",
                verification.findings().get(0).message());
        assertEquals(4, verification.verifiedCount());
    }

    @Test
    void deletedRecordsAtTheEndAreFoundThroughTheIssuedCounter() throws SQLException {
        sql("DELETE FROM audit_record WHERE sequence_number >= 4");

        var verification = verify();
        assertEquals(List.of(finding(4, Kind.TRUNCATED)), kinds(verification));
        assertEquals(
                "Records 4 to 5 are missing from the end of the chain: the trail had issued up to 5.",
                verification.findings().get(0).message());
    }

    @Test
    void aForgedRecordAppendedBehindTheTrailsBackIsFound() throws SQLException {
        String head = tx(em -> em.find(AuditRecord.class, 5L)).hash();
        // a careful forger: correct link, correct hash; only the counter betrays it
        String hash =
                AuditHash.of(
                        6, NOW, "mallory", "outcome.decided", "claim", "c-1", null, null, head);
        sql(
                "INSERT INTO audit_record (sequence_number, recorded_at_ms, actor, action, record_type, record_id,"
                        + " previous_hash, record_hash) VALUES (6, "
                        + NOW.toEpochMilli()
                        + ", 'mallory', 'outcome.decided', 'claim', 'c-1', '"
                        + head
                        + "', '"
                        + hash
                        + "')");

        assertEquals(List.of(finding(6, Kind.OUTSIDE_CHAIN)), kinds(verify()));
    }

    @Test
    void aRecordReplacedByAForgeryWithItsOwnValidHashIsFoundByTheNextLink() throws SQLException {
        String previous = tx(em -> em.find(AuditRecord.class, 2L)).hash();
        String hash =
                AuditHash.of(
                        3,
                        NOW,
                        "mallory",
                        "encounter.registered",
                        "encounter",
                        "e-x",
                        null,
                        null,
                        previous);
        sql(
                "UPDATE audit_record SET actor = 'mallory', record_id = 'e-x', recorded_at_ms = "
                        + NOW.toEpochMilli()
                        + ", record_hash = '"
                        + hash
                        + "' WHERE sequence_number = 3");

        assertEquals(List.of(finding(4, Kind.BROKEN_LINK)), kinds(verify()));
    }

    @Test
    void aRecordInsertedBelowTheChainIsFound() throws SQLException {
        sql(
                "INSERT INTO audit_record (sequence_number, recorded_at_ms, actor, action, record_type, record_id,"
                        + " previous_hash, record_hash) VALUES (0, 0, 'mallory', 'a.b', 't', '1', '"
                        + AuditHash.GENESIS
                        + "', '"
                        + AuditHash.GENESIS
                        + "')");

        assertEquals(List.of(finding(0, Kind.OUTSIDE_CHAIN)), kinds(verify()));
    }

    @Test
    void swappedRecordsAreFound() throws SQLException {
        sql("UPDATE audit_record SET sequence_number = 99 WHERE sequence_number = 2");
        sql("UPDATE audit_record SET sequence_number = 2 WHERE sequence_number = 3");
        sql("UPDATE audit_record SET sequence_number = 3 WHERE sequence_number = 99");

        var found = kinds(verify());
        assertTrue(
                found.containsAll(
                        List.of(
                                finding(2, Kind.BROKEN_LINK),
                                finding(2, Kind.ALTERED),
                                finding(3, Kind.BROKEN_LINK),
                                finding(3, Kind.ALTERED),
                                finding(4, Kind.BROKEN_LINK))),
                found::toString);
    }

    @Test
    void appendingAfterTamperingKeepsWorkingAndTheBreakStaysReported() throws SQLException {
        sql("DELETE FROM audit_record WHERE sequence_number = 5");
        tx(
                em ->
                        chain.append(
                                em,
                                AuditEntry.of(
                                        "b.officer", "encounter.read", "encounter", "e-1", null)));

        var verification = verify();
        assertEquals(List.of(finding(5, Kind.GAP)), kinds(verification));
        assertEquals(6, verification.headSequence());
    }

    @Test
    void findingsBeyondTheLimitAreCountedNotListed() throws SQLException {
        sql("UPDATE audit_record SET details = 'x'");

        var verification = tx(new AuditVerifier(2, 3, Clock.systemUTC())::verify);
        assertEquals(5, verification.findingCount());
        assertEquals(3, verification.findings().size());
        assertFalse(verification.intact());
    }

    private AuditVerification verify() {
        return tx(verifier::verify);
    }

    private static AuditFinding finding(long sequence, Kind kind) {
        return new AuditFinding(sequence, kind, "");
    }

    private static List<AuditFinding> kinds(AuditVerification verification) {
        return verification.findings().stream().map(f -> finding(f.sequence(), f.kind())).toList();
    }

    private <T> T tx(Function<EntityManager, T> work) {
        return db.readInTransaction(work);
    }

    private void sql(String statement) throws SQLException {
        try (var connection = db.jdbc();
                var update = connection.createStatement()) {
            update.executeUpdate(statement);
        }
    }
}
