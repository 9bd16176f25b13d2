package org.asylon.kernel.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.asylon.kernel.audit.control.AuditChain;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditEntry;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuditResourceTest {

    private final TestDatabase db =
            TestDatabase.forModule("kernel", AuditRecord.class, KernelSequence.class);
    private EntityManager em;
    private AuditResource resource;

    @BeforeEach
    void threeRecords() {
        var chain = new AuditChain();
        for (int i = 1; i <= 3; i++) {
            String id = "e-" + i;
            db.readInTransaction(
                    (java.util.function.Function<EntityManager, AuditRecord>)
                            tx ->
                                    chain.append(
                                            tx,
                                            AuditEntry.of(
                                                            "b.officer",
                                                            "encounter.registered",
                                                            "encounter",
                                                            id,
                                                            "{\"n\":" + id.length() + "}")
                                                    .withRequestId("req-" + id)));
        }
        em = db.factory().createEntityManager();
        resource = new AuditResource(new AuditTrail(em));
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    @Test
    void onlyAuditorsReadTheTrailAsJson() {
        assertEquals("audit", AuditResource.class.getAnnotation(Path.class).value());
        assertArrayEquals(
                new String[] {Roles.AUDITOR},
                AuditResource.class.getAnnotation(RolesAllowed.class).value());
        assertArrayEquals(
                new String[] {MediaType.APPLICATION_JSON},
                AuditResource.class.getAnnotation(Produces.class).value());
    }

    @Test
    void recordsComeInChainOrderFromTheStartByDefault() {
        var records = resource.records(null, null);

        assertEquals(
                List.of(1L, 2L, 3L), records.stream().map(AuditRecordResponse::sequence).toList());
        var first = records.get(0);
        assertEquals("encounter.registered", first.action());
        assertEquals("e-1", first.recordId());
        assertEquals("req-e-1", first.requestId());
        assertEquals(records.get(1).previousHash(), first.hash());
    }

    @Test
    void pagesContinueAfterTheLastSequence() {
        assertEquals(
                List.of(2L),
                resource.records("1", "1").stream().map(AuditRecordResponse::sequence).toList());
        assertEquals(List.of(), resource.records("3", null));
        assertEquals(
                3, resource.records(null, " ").size(), "defaults: from the start, 100 records");
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertEquals(
                "after",
                assertThrows(ProblemException.class, () -> resource.records("-1", null))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "limit",
                assertThrows(ProblemException.class, () -> resource.records(null, "0"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "limit",
                assertThrows(ProblemException.class, () -> resource.records(null, "ten"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "limit",
                assertThrows(ProblemException.class, () -> resource.records("0", "5000"))
                        .fieldErrors()
                        .get(0)
                        .field(),
                "above the maximum is refused, as on the event feed");
    }

    @Test
    void aBrokenChainIsAnAnswerNotAnError() throws SQLException {
        try (var connection = db.jdbc();
                var update = connection.createStatement()) {
            update.executeUpdate(
                    "UPDATE audit_record SET record_id = 'e-9' WHERE sequence_number = 2");
        }

        var verification = resource.verification();

        assertFalse(verification.intact());
        assertEquals(3, verification.verifiedCount());
        assertEquals(
                List.of(
                        new AuditVerificationResponse.Finding(
                                2,
                                "ALTERED",
                                "Record 2 was altered: its content no longer matches its hash.")),
                verification.findings());
    }

    @Test
    void responsesSerialiseToPlainJson() throws Exception {
        try (var jsonb = JsonbBuilder.create()) {
            String record = jsonb.toJson(resource.records(null, "1").get(0));
            String verification = jsonb.toJson(resource.verification());

            assertTrue(record.contains("\"sequence\":1"), record);
            assertTrue(
                    record.matches(".*\"recordedAt\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\".*"),
                    record);
            assertTrue(record.contains("\"details\":\"{\\\"n\\\":3}\""), record);
            assertTrue(verification.contains("\"intact\":true"), verification);
            assertTrue(verification.contains("\"findings\":[]"), verification);
        }
    }
}
