package org.asylon.returns.operation.control;

import static org.asylon.returns.operation.control.OperationsDatabase.OFFICER;
import static org.asylon.returns.operation.control.OperationsDatabase.OPERATIONS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.returns.operation.entity.RefusalReason;
import org.asylon.returns.operation.entity.TravelDocument;
import org.asylon.returns.operation.entity.TravelDocumentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Travel documents at the desk: requested for an open case, answered once with the version read,
 * published with codes and dates (never the document's number or the refusal's words), every read
 * audited.
 */
class TravelDocumentsTest {

    private final OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aRequestIsIssuedWithItsValidityAndPublishedWithoutItsNumber() {
        String caseId = db.openCase();
        String id = db.requestedLaissezPasser(caseId);
        TravelDocument requested = db.at(d -> d.documents.find(id));
        assertEquals(LocalDate.parse("2026-12-01"), requested.requestedOn(), "today by default");

        ProblemException stale =
                assertThrows(
                        ProblemException.class,
                        () ->
                                db.at(
                                        d ->
                                                d.documents.issue(
                                                        id,
                                                        "\"" + (requested.version() + 1) + "\"",
                                                        new TravelDocumentIssue(
                                                                "LP-1",
                                                                LocalDate.parse("2026-12-01"),
                                                                null,
                                                                LocalDate.parse("2026-12-31")),
                                                        OPERATIONS)));
        assertEquals(ProblemType.PRECONDITION_FAILED, stale.type());

        db.at(
                d ->
                        d.documents.issue(
                                id,
                                "\"" + requested.version() + "\"",
                                new TravelDocumentIssue(
                                        "LP-0042",
                                        LocalDate.parse("2026-12-01"),
                                        null,
                                        LocalDate.parse("2026-12-31")),
                                OPERATIONS));
        assertEquals(TravelDocumentStatus.ISSUED, db.at(d -> d.documents.find(id)).status());
        String event = db.events(OperationEvents.TRAVEL_DOCUMENT_ISSUED).get(0);
        assertTrue(event.contains("\"validUntil\":\"2026-12-31\""), event);
        assertTrue(!event.contains("LP-0042"), event);
        assertEquals(1, db.events(OperationEvents.TRAVEL_DOCUMENT_REQUESTED).size());
    }

    @Test
    void aRefusalIsPublishedAsItsReasonCodeOnly() {
        String id = db.requestedLaissezPasser(db.openCase());
        db.at(
                d ->
                        d.documents.refuse(
                                id,
                                "*",
                                RefusalReason.OTHER,
                                "The consul says the family name is spelt differently.",
                                null,
                                OPERATIONS));
        String event = db.events(OperationEvents.TRAVEL_DOCUMENT_REFUSED).get(0);
        assertTrue(event.contains("\"reason\":\"OTHER\""), event);
        assertTrue(!event.contains("consul"), event);
    }

    @Test
    void everyReadIsAudited() {
        String caseId = db.openCase();
        String first = db.requestedLaissezPasser(caseId);
        db.clock.advance(java.time.Duration.ofMinutes(5));
        String second = db.requestedLaissezPasser(caseId);
        assertEquals(
                List.of(second, first),
                db.at(d -> d.documents.ofCase(caseId, OFFICER)).stream()
                        .map(TravelDocument::id)
                        .toList());
        db.at(d -> d.documents.read(first, OFFICER));
        assertEquals(1, db.audit("travel-document.listed").size());
        assertEquals(1, db.audit("travel-document.read").size());
        assertThrows(
                ProblemException.class, () -> db.at(d -> d.documents.ofCase("no-such", OFFICER)));
    }
}
