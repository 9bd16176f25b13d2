package org.asylon.rsd.deadline.control;

import static org.asylon.rsd.testing.ApplicationBuilder.anApplication;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.asylon.rsd.testing.RsdFixture;
import org.asylon.rsd.testing.Staff;
import org.eclipse.persistence.internal.jpa.EJBQueryImpl;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sweep on the real schema: open deadlines only, by due date, in pages, through the
 * open-deadline index.
 */
class DeadlineSweepTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-08-01");
    private final RsdFixture world = RsdFixture.under("eu-pact-2026");

    @AfterEach
    void close() {
        world.close();
    }

    /**
     * Deadlines due from 20 days ago to 40 days ahead, every fifth one met; two per day (ties on
     * the due date).
     */
    private void populate() throws Exception {
        try (Connection c = world.db.jdbc();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO case_deadline"
                                        + " (application_id, rule, due_date, open_due, anchor, anchor_at, basis, legal_status, unconfirmed,"
                                        + " explanation, met_at, closed_by, computed_at) VALUES (?, ?, ?, ?, 'asylum.lodging', ?, 'APR', 'confirmed',"
                                        + " FALSE, 'test', ?, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.parse("2026-07-01T00:00:00Z"));
            for (int i = 0; i < 120; i++) {
                LocalDate due = TODAY.minusDays(20).plusDays(i / 2);
                boolean met = i % 5 == 0;
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, "asylum.examination.regular.deadline");
                ps.setDate(3, Date.valueOf(due));
                ps.setDate(4, met ? null : Date.valueOf(due));
                ps.setTimestamp(5, now);
                ps.setTimestamp(6, met ? now : null);
                ps.setString(7, met ? "DECIDED" : null);
                ps.setTimestamp(8, now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Test
    void theSweepReturnsOpenDeadlinesDueByTheDateOverdueFirstInPages() throws Exception {
        populate();
        LocalDate until = TODAY.plusDays(14);
        List<CaseDeadline> all = new ArrayList<>();
        DeadlineSweep.After after = null;
        int pages = 0;
        while (true) {
            DeadlineSweep.After from = after;
            List<CaseDeadline> page =
                    world.db.readInTransaction(em -> DeadlineSweep.due(em, until, from, 7));
            pages++;
            all.addAll(page);
            if (page.size() < 7) {
                break;
            }
            CaseDeadline last = page.get(page.size() - 1);
            after = new DeadlineSweep.After(last.dueDate(), last.id());
        }
        // due dates TODAY-20 .. TODAY+14: 35 days x 2 = 70 deadlines, of which every fifth (14) is
        // met
        assertEquals(56, all.size());
        assertEquals(9, pages);
        assertEquals(
                56,
                all.stream().map(CaseDeadline::id).distinct().count(),
                "no row twice across pages");
        for (int i = 1; i < all.size(); i++) {
            CaseDeadline a = all.get(i - 1);
            CaseDeadline b = all.get(i);
            assertTrue(
                    a.dueDate().isBefore(b.dueDate())
                            || a.dueDate().equals(b.dueDate()) && a.id() < b.id());
        }
        assertTrue(all.stream().allMatch(CaseDeadline::open));
        assertEquals(TODAY.minusDays(20), all.get(0).dueDate(), "overdue deadlines come first");
        assertTrue(all.get(all.size() - 1).dueDate().compareTo(until) <= 0);
    }

    @Test
    void aDeadlineMetLeavesTheSweep() {
        String id =
                world.open(
                        anApplication()
                                .madeOn(Instant.parse("2026-07-30T09:00:00Z"))
                                .madeAt(MadeWhere.RECEPTION)
                                .fromNationality("SYR"));
        assertEquals(
                1,
                world.db
                        .readInTransaction(
                                em -> DeadlineSweep.due(em, TODAY.plusDays(14), null, 10))
                        .size());
        world.run(
                b ->
                        b.applications.register(
                                id,
                                "\"" + b.find(id).version() + "\"",
                                Instant.parse("2026-07-31T09:00:00Z"),
                                Staff.caller("clerk")));
        List<CaseDeadline> due =
                world.db.readInTransaction(
                        em -> DeadlineSweep.due(em, TODAY.plusDays(30), null, 10));
        // registration (due 2026-08-04) is met; lodging runs from registration: due 2026-08-21
        assertEquals(List.of(DeadlineRules.LODGING), due.stream().map(CaseDeadline::rule).toList());
    }

    /**
     * What the officers' sweep asks: a period from today in the profile's zone, pages that continue
     * after a deadline.
     */
    @Test
    void theDeadlineBookPagesTheSweepFromTodayAndRefusesAnUnknownPosition() throws Exception {
        populate();
        world.clock.set(Instant.parse("2026-08-01T10:00:00Z"));
        DeadlineBook.DuePage first = world.tx(b -> b.deadlines.due(Period.ofDays(14), null, 50));
        assertEquals(TODAY, first.today());
        assertEquals(TODAY.plusDays(14), first.until());
        assertEquals(50, first.deadlines().size());
        assertEquals(first.deadlines().get(49).id(), first.nextAfter());
        DeadlineBook.DuePage last =
                world.tx(b -> b.deadlines.due(Period.ofDays(14), first.nextAfter(), 50));
        assertEquals(6, last.deadlines().size(), "56 open deadlines are due by then");
        assertNull(last.nextAfter(), "the last page says so");

        ProblemException unknown =
                assertThrows(
                        ProblemException.class,
                        () -> world.tx(b -> b.deadlines.due(Period.ofDays(14), 999_999L, 50)));
        assertEquals(ProblemType.INVALID_REQUEST, unknown.type());
        assertEquals("after", unknown.fieldErrors().get(0).field());
    }

    /**
     * The SQL EclipseLink issues for the sweep, as Derby plans it: a scan of the open-deadline
     * index, no sort.
     */
    @Test
    void onDerbyTheSweepIsAnIndexRangeScanWithoutASort() throws Exception {
        populate();
        for (String jpql : List.of(DeadlineSweep.FIRST, DeadlineSweep.AFTER)) {
            String sql = world.db.readInTransaction(em -> sql(em, jpql));
            try (Connection c = world.db.jdbc();
                    Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int n = ps.getParameterMetaData().getParameterCount();
                    for (int i = 1; i <= n; i++) {
                        String type = ps.getParameterMetaData().getParameterClassName(i);
                        if (type.contains("Date")) {
                            ps.setDate(i, Date.valueOf(TODAY));
                        } else {
                            ps.setLong(i, 10);
                        }
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            // drain
                        }
                    }
                }
                try (ResultSet rs =
                        s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    rs.next();
                    String plan = rs.getString(1);
                    assertTrue(plan.contains("CASE_DEADLINE_OPEN"), sql + "\n" + plan);
                    assertTrue(
                            !plan.contains("Sort ResultSet"), "the index gives the order: " + plan);
                }
            }
        }
    }

    static String sql(EntityManager em, String jpql) {
        Query q = em.createQuery(jpql, CaseDeadline.class);
        DatabaseQuery dq = q.unwrap(EJBQueryImpl.class).getDatabaseQuery();
        dq.prepareCall(em.unwrap(JpaEntityManager.class).getActiveSession(), new DatabaseRecord());
        return dq.getSQLString();
    }
}
