package org.asylon.rsd.persistence;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.rsd.deadline.control.Caseload;
import org.asylon.rsd.deadline.control.DeadlineRules;
import org.asylon.rsd.deadline.control.DeadlineSweep;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.junit.jupiter.api.Test;

/**
 * Triage, deadlines, the sweep and the queue on PostgreSQL, the production database (runs when
 * {@code ASYLON_TEST_POSTGRES_URL} names a server; {@code .ci/run} starts one), in a fresh schema.
 */
class TriageDeadlinesPostgresIT {

    @Test
    void triageDeadlinesSweepAndQueueOnPostgres() throws Exception {
        String url = System.getenv("ASYLON_TEST_POSTGRES_URL");
        assumeTrue(
                url != null && !url.isBlank(),
                "ASYLON_TEST_POSTGRES_URL not set: no PostgreSQL server to test against");
        try (RsdFixture world = RsdFixture.onPostgres(url, "eu-pact-2026")) {
            world.run(
                    b ->
                            b.countries.recordRate(
                                    "AFG",
                                    null,
                                    new BigDecimal("12.5"),
                                    "2025",
                                    "Eurostat",
                                    LocalDate.parse("2026-04-30"),
                                    "rsd.supervisor"));
            String id =
                    world.open(
                            anApplication()
                                    .madeOn(Instant.parse("2026-11-20T08:00:00Z"))
                                    .madeAtTheBorder()
                                    .fromNationality("AFG")
                                    .unaccompaniedChild());
            assertEquals(
                    "accelerated",
                    world.tx(b -> b.find(id).track().track()),
                    "a child is never in the border track");
            world.run(
                    b ->
                            b.applications.register(
                                    id,
                                    "\"" + b.find(id).version() + "\"",
                                    Instant.parse("2026-11-21T08:00:00Z"),
                                    Staff.caller("clerk")));
            List<CaseDeadline> due =
                    world.db.readInTransaction(
                            em -> DeadlineSweep.due(em, LocalDate.parse("2026-12-31"), null, 10));
            assertEquals(
                    List.of(DeadlineRules.LODGING), due.stream().map(CaseDeadline::rule).toList());
            CaseDeadline first = due.get(0);
            assertEquals(
                    0,
                    world.db
                            .readInTransaction(
                                    em ->
                                            DeadlineSweep.due(
                                                    em,
                                                    LocalDate.parse("2026-12-31"),
                                                    new DeadlineSweep.After(
                                                            first.dueDate(), first.id()),
                                                    10))
                            .size());
            List<Caseload.Entry> queue =
                    world.tx(
                            b ->
                                    b.caseload.queue(
                                            "accelerated", new Caseload.Holder.Anyone(), 0, 10));
            assertEquals(id, queue.get(0).application().id());
            assertEquals(DeadlineRules.LODGING, queue.get(0).next().rule());
        }
    }
}
