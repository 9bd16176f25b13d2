package org.asylon.returns.operation.control;

import static org.asylon.returns.operation.control.OperationsDatabase.IOM;
import static org.asylon.returns.operation.control.OperationsDatabase.MONITOR;
import static org.asylon.returns.operation.control.OperationsDatabase.OFFICER;
import static org.asylon.returns.operation.control.OperationsDatabase.OPERATIONS;
import static org.asylon.returns.operation.control.OperationsDatabase.OTHER_PARTNER;
import static org.asylon.returns.operation.control.OperationsDatabase.assertConflict;
import static org.asylon.returns.operation.control.OperationsDatabase.assertField;
import static org.asylon.returns.operation.control.OperationsDatabase.assertForbidden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.asylon.returns.operation.entity.ContactOutcome;
import org.asylon.returns.operation.entity.PostReturnConcern;
import org.asylon.returns.operation.entity.PostReturnReport;
import org.asylon.returns.operation.entity.ReporterKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Post-return monitoring (10-Point Plan (2007), point 9): after a removal, a monitor or an account
 * of the partner designated on the operation reports back; nobody else does, and a partner reads
 * only its own side's reports; the feed learns codes and the day, never what the person said.
 */
class PostReturnReportsTest {

    private final OperationsDatabase db = new OperationsDatabase();

    @AfterEach
    void close() {
        db.close();
    }

    private String removedWithIomDesignated() {
        String id = db.readyOperation();
        db.at(
                d ->
                        d.operations.designatePostReturnPartner(
                                id, "*", "IOM Iraq", List.of("partner.iom"), OPERATIONS));
        db.at(d -> d.execution.removalExecuted(id, "*", null, OPERATIONS));
        return id;
    }

    private PostReturnReport report(
            String operation,
            String organisation,
            LocalDate on,
            org.asylon.kernel.security.Caller caller) {
        return db.at(
                d ->
                        d.reports.report(
                                operation,
                                organisation,
                                on,
                                ContactOutcome.MET_IN_PERSON,
                                PostReturnConcern.LIVELIHOOD,
                                "Lives with an uncle; no work yet.",
                                caller));
    }

    @Test
    void thereIsNothingToReportBeforeTheRemoval() {
        String id = db.readyOperation();
        assertConflict(() -> report(id, "NPM", LocalDate.parse("2026-12-01"), MONITOR));
    }

    @Test
    void theDesignatedPartnerReportsUnderItsOwnNameAndTheFeedLearnsCodesOnly() {
        String id = removedWithIomDesignated();
        db.clock.advance(Duration.ofDays(14));
        PostReturnReport r = report(id, null, LocalDate.parse("2026-12-14"), IOM);
        assertEquals(ReporterKind.PARTNER, r.reportedAs());
        assertEquals("IOM Iraq", r.organisation());
        String event = db.events(OperationEvents.POST_RETURN_REPORTED).get(0);
        assertTrue(event.contains("\"concern\":\"LIVELIHOOD\""), event);
        assertTrue(!event.contains("uncle"), event);
    }

    @Test
    void aPartnerNotDesignatedOnTheOperationNeitherReportsNorReadsAndIsRecorded() {
        String id = removedWithIomDesignated();
        assertForbidden(
                () -> report(id, "Other NGO", LocalDate.parse("2026-12-01"), OTHER_PARTNER));
        assertForbidden(() -> db.at(d -> d.reports.ofOperation(id, OTHER_PARTNER)));
        assertEquals(1, db.audit(OperationsAccess.CHANGE_REFUSED).size());
        assertEquals(1, db.audit(OperationsAccess.READ_REFUSED).size());
    }

    @Test
    void aMonitorReportsForTheirBodyAndAPartnerReadsOnlyThePartnersReports() {
        String id = removedWithIomDesignated();
        assertField("organisation", () -> report(id, null, LocalDate.parse("2026-12-01"), MONITOR));
        report(id, "National preventive mechanism", LocalDate.parse("2026-12-01"), MONITOR);
        report(id, null, LocalDate.parse("2026-12-01"), IOM);

        assertEquals(2, db.at(d -> d.reports.ofOperation(id, OFFICER)).size());
        List<PostReturnReport> partners = db.at(d -> d.reports.ofOperation(id, IOM));
        assertEquals(1, partners.size());
        assertEquals(ReporterKind.PARTNER, partners.get(0).reportedAs());
        assertEquals(2, db.audit("post-return.listed").size(), "every read audited");
    }

    @Test
    void aContactIsDatedBetweenTheRemovalAndToday() {
        String id = removedWithIomDesignated();
        assertField("contactOn", () -> report(id, null, LocalDate.parse("2026-11-30"), IOM));
        assertField("contactOn", () -> report(id, null, LocalDate.parse("2026-12-02"), IOM));
    }
}
