package org.asylon.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.PlainPersistenceUnit;
import org.asylon.kernel.persistence.SchemaMigrations;
import org.asylon.rsd.deadline.control.DeadlineSweep;
import org.asylon.rsd.deadline.entity.CaseDeadline;
import org.eclipse.persistence.internal.jpa.EJBQueryImpl;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;

/**
 * Benchmark (not a test) of the RSD deadline sweep, "what falls due in the next N days", at a
 * million open cases: an embedded Derby database with the RSD schema (the module's own migrations),
 * filled once with one open deadline per case (due from 30 days ago to a year ahead) and as many
 * deadlines already met, then the sweep through the module's JPA query ({@link DeadlineSweep} on
 * EclipseLink) and the same SQL through raw JDBC. The database is kept and reused by the next run.
 *
 * <pre>mvn -o -f bench/pom.xml -q compile exec:java@deadline-sweep</pre>
 *
 * Knobs ({@code -Dbench.sweep.xxx}): {@code cases} (1000000), {@code dir}
 * (bench/target/sweep-bench), {@code within} (P14D), {@code page} (100), {@code repeat} (300),
 * {@code fullRuns} (3), {@code fullPage} (1000).
 */
public final class DeadlineSweepBench {

    private static final String DATABASE = "rsd-sweep";
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final Pattern VISITED = Pattern.compile("Number of rows visited=(\\d+)");
    private static final Pattern SEEN = Pattern.compile("Rows seen = (\\d+)");

    private DeadlineSweepBench() {}

    public static void main(String[] args) throws Exception {
        Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
        int cases = Integer.getInteger("bench.sweep.cases", 1_000_000);
        Path dir =
                Path.of(
                        System.getProperty(
                                "bench.sweep.dir",
                                repo.resolve("bench/target/sweep-bench").toString()));
        Period within = Period.parse(System.getProperty("bench.sweep.within", "P14D"));
        int page = Integer.getInteger("bench.sweep.page", 100);
        int repeat = Integer.getInteger("bench.sweep.repeat", 300);
        int fullRuns = Integer.getInteger("bench.sweep.fullRuns", 3);
        int fullPage = Integer.getInteger("bench.sweep.fullPage", 1000);
        Files.createDirectories(dir);
        System.setProperty("derby.system.home", dir.toString());
        System.setProperty("derby.stream.error.file", dir.resolve("derby.log").toString());
        // a benchmark database: no fsync per commit while filling it; a page cache that holds the
        // indexes
        System.setProperty("derby.system.durability", "test");
        System.setProperty(
                "derby.storage.pageCacheSize",
                System.getProperty("bench.sweep.pageCache", "40000"));

        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(DATABASE);
        ds.setCreateDatabase("create");
        long t0 = System.nanoTime();
        SchemaMigrations.migrate(ds, "rsd", DeadlineSweepBench.class.getClassLoader());
        System.out.printf(
                Locale.ROOT,
                "RSD schema migrated in %.1f s (%s)%n",
                (System.nanoTime() - t0) / 1e9,
                dir);
        populate(ds, cases);

        LocalDate until = TODAY.plus(within);
        long matched = count(ds, until);
        // EclipseLink's own connection pool, as the application server's pool serves the module
        EntityManagerFactory emf =
                new PersistenceProvider()
                        .createContainerEntityManagerFactory(
                                new PlainPersistenceUnit(
                                        "rsd-sweep-bench",
                                        null,
                                        List.of(
                                                CaseDeadline.class.getName(),
                                                InstantConverter.class.getName()),
                                        DeadlineSweepBench.class),
                                Map.of(
                                        "eclipselink.logging.level",
                                        "WARNING",
                                        "eclipselink.target-database",
                                        "Derby",
                                        "jakarta.persistence.jdbc.driver",
                                        "org.apache.derby.jdbc.EmbeddedDriver",
                                        "jakarta.persistence.jdbc.url",
                                        "jdbc:derby:" + DATABASE));
        String firstSql;
        String afterSql;
        EntityManager probe = emf.createEntityManager();
        try {
            firstSql = sql(probe, DeadlineSweep.FIRST);
            afterSql = sql(probe, DeadlineSweep.AFTER);
        } finally {
            probe.close();
        }
        System.out.println("SQL of the module's sweep (EclipseLink, Derby):");
        System.out.println("  first page: " + firstSql);
        System.out.println("  next page:  " + afterSql);

        // cursors in the middle of the matching range, for the "next page" query
        List<DeadlineSweep.After> cursors = cursors(ds, until, matched, repeat);
        List<String[]> rows = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            String scannedFirst = scanned(c, firstSql, until, null, page);
            String scannedAfter = scanned(c, afterSql, until, cursors.get(0), page);
            // warm-up of both paths
            measureJpa(emf, until, null, page, 50);
            measureJdbc(c, firstSql, until, null, page, 50);
            Latencies jpaFirst = measureJpa(emf, until, null, page, repeat);
            Latencies jdbcFirst = measureJdbc(c, firstSql, until, null, page, repeat);
            Latencies jpaAfter = new Latencies();
            Latencies jdbcAfter = new Latencies();
            for (DeadlineSweep.After cursor : cursors) {
                jpaAfter.addAll(measureJpa(emf, until, cursor, page, 1));
                jdbcAfter.addAll(measureJdbc(c, afterSql, until, cursor, page, 1));
            }
            Latencies jpaFull = new Latencies();
            Latencies jdbcFull = new Latencies();
            long jpaRows = 0;
            long jdbcRows = 0;
            for (int i = 0; i < fullRuns; i++) {
                long s = System.nanoTime();
                jpaRows = fullSweepJpa(emf, until, fullPage);
                jpaFull.add(System.nanoTime() - s);
                s = System.nanoTime();
                jdbcRows = fullSweepJdbc(c, firstSql, afterSql, until, fullPage);
                jdbcFull.add(System.nanoTime() - s);
            }
            rows.add(row("first page (" + page + "), JPA", page, jpaFirst, scannedFirst));
            rows.add(row("first page (" + page + "), JDBC", page, jdbcFirst, scannedFirst));
            rows.add(row("next page (" + page + "), JPA", page, jpaAfter, scannedAfter));
            rows.add(row("next page (" + page + "), JDBC", page, jdbcAfter, scannedAfter));
            rows.add(row("whole sweep (pages of " + fullPage + "), JPA", jpaRows, jpaFull, "—"));
            rows.add(row("whole sweep (pages of " + fullPage + "), JDBC", jdbcRows, jdbcFull, "—"));
        } finally {
            emf.close();
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(
                        Locale.ROOT,
                        "%nAsylon RSD deadline sweep, %s; Java %s, %d cores%n",
                        Instant.now(),
                        System.getProperty("java.version"),
                        Runtime.getRuntime().availableProcessors()));
        out.append(
                String.format(
                        Locale.ROOT,
                        "Derby %s embedded (page cache %s pages), %,d open cases (%,d deadlines: one open, one met per case);"
                                + " sweep within %s of %s = open deadlines due by %s: %,d match%n",
                        org.apache.derby.tools.sysinfo.getVersionString(),
                        System.getProperty("derby.storage.pageCacheSize"),
                        cases,
                        2L * cases,
                        within,
                        TODAY,
                        until,
                        matched));
        out.append(
                String.format(
                        Locale.ROOT,
                        "%-36s %12s %10s %10s %14s%n",
                        "query",
                        "rows",
                        "p50 ms",
                        "p99 ms",
                        "rows scanned"));
        for (String[] r : rows) {
            out.append(String.format(Locale.ROOT, "%-36s %12s %10s %10s %14s%n", (Object[]) r));
        }
        System.out.print(out);
        Path report = repo.resolve("bench/target/deadline-sweep-bench.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, out.toString());
        shutdown();
    }

    private static String[] row(String label, long rows, Latencies l, String scanned) {
        return new String[] {
            label,
            String.format(Locale.ROOT, "%,d", rows),
            String.format(Locale.ROOT, "%.2f", l.percentileMillis(50)),
            String.format(Locale.ROOT, "%.2f", l.percentileMillis(99)),
            scanned
        };
    }

    /**
     * One open deadline per case (due from 30 days ago to a year ahead) and one met; skipped when
     * already there.
     */
    private static void populate(DataSource ds, int cases) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM case_deadline")) {
                rs.next();
                long have = rs.getLong(1);
                if (have == 2L * cases) {
                    System.out.printf(
                            Locale.ROOT,
                            "Reusing the database: %,d deadlines already there%n",
                            have);
                    return;
                }
                if (have > 0) {
                    System.out.printf(
                            Locale.ROOT,
                            "Database has %,d deadlines, not %,d: refilling%n",
                            have,
                            2L * cases);
                    s.executeUpdate("DELETE FROM case_deadline");
                }
            }
        }
        long t0 = System.nanoTime();
        // the indexes are built once at the end (a sort) instead of row by row: the same
        // definitions as V2
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP INDEX case_deadline_open");
            s.execute("ALTER TABLE case_deadline DROP CONSTRAINT case_deadline_rule");
        }
        SplittableRandom rnd = new SplittableRandom(20261201);
        Timestamp anchorAt =
                Timestamp.from(TODAY.minusMonths(2).atStartOfDay(ZoneOffset.UTC).toInstant());
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO case_deadline"
                                        + " (application_id, rule, due_date, open_due, anchor, anchor_at, basis, legal_status, unconfirmed,"
                                        + " explanation, caveats, met_at, closed_by, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < cases; i++) {
                String application = String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
                // met: the registration limit
                LocalDate registrationDue = TODAY.minusDays(40 + rnd.nextInt(300));
                add(
                        ps,
                        application,
                        "asylum.registration.deadline",
                        registrationDue,
                        false,
                        "asylum.application-made",
                        anchorAt,
                        Timestamp.from(
                                registrationDue
                                        .minusDays(2)
                                        .atStartOfDay(ZoneOffset.UTC)
                                        .toInstant()));
                // open: lodging or examination, due from 30 days ago to a year ahead
                LocalDate due = TODAY.minusDays(30).plusDays(rnd.nextInt(396));
                add(
                        ps,
                        application,
                        i % 3 == 0
                                ? "asylum.lodging.deadline"
                                : "asylum.examination.regular.deadline",
                        due,
                        true,
                        i % 3 == 0 ? "asylum.registration" : "asylum.lodging",
                        anchorAt,
                        null);
                if (i % 5_000 == 4_999) {
                    ps.executeBatch();
                }
                if (i % 50_000 == 49_999) {
                    c.commit();
                }
                if (i % 200_000 == 199_999) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %,d cases in %.0f s%n",
                            i + 1,
                            (System.nanoTime() - t0) / 1e9);
                }
            }
            ps.executeBatch();
            c.commit();
        }
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            System.out.printf(
                    Locale.ROOT,
                    "  rows in %.0f s; building the indexes%n",
                    (System.nanoTime() - t0) / 1e9);
            s.execute(
                    "ALTER TABLE case_deadline ADD CONSTRAINT case_deadline_rule UNIQUE (application_id, rule)");
            s.execute("CREATE INDEX case_deadline_open ON case_deadline (open_due, id)");
            // fresh index statistics, as a long-running database has them
            s.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'CASE_DEADLINE', NULL)");
        }
        System.out.printf(
                Locale.ROOT,
                "Filled %,d deadlines of %,d cases in %.0f s%n",
                2L * cases,
                cases,
                (System.nanoTime() - t0) / 1e9);
    }

    private static void add(
            PreparedStatement ps,
            String application,
            String rule,
            LocalDate due,
            boolean open,
            String anchor,
            Timestamp anchorAt,
            Timestamp metAt)
            throws SQLException {
        ps.setString(1, application);
        ps.setString(2, rule);
        ps.setDate(3, Date.valueOf(due));
        ps.setDate(4, open ? Date.valueOf(due) : null);
        ps.setString(5, anchor);
        ps.setTimestamp(6, anchorAt);
        ps.setString(7, "Asylum Procedure Regulation (EU) 2024/1348, Art 35");
        ps.setString(8, "secondary");
        ps.setBoolean(9, false);
        ps.setString(
                10,
                "6 months from lodging of the application on 2026-06-01 (Asylum Procedure Regulation (EU)"
                        + " 2024/1348, Art 35) → "
                        + due
                        + " [secondary source]");
        ps.setString(11, "rule is confirmed only in a secondary source");
        ps.setTimestamp(12, open ? null : metAt);
        ps.setString(13, open ? null : "REGISTERED");
        ps.setTimestamp(14, anchorAt);
        ps.addBatch();
    }

    private static long count(DataSource ds, LocalDate until) throws SQLException {
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT COUNT(*) FROM case_deadline WHERE open_due <= ?")) {
            ps.setDate(1, Date.valueOf(until));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Evenly spread positions inside the matching range, as a client paging through it would send.
     */
    private static List<DeadlineSweep.After> cursors(
            DataSource ds, LocalDate until, long matched, int n) throws SQLException {
        List<DeadlineSweep.After> out = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "SELECT open_due, id FROM case_deadline WHERE open_due <= ? ORDER BY open_due, id")) {
            ps.setDate(1, Date.valueOf(until));
            long step = Math.max(1, matched / (n + 1));
            try (ResultSet rs = ps.executeQuery()) {
                long i = 0;
                while (rs.next() && out.size() < n) {
                    if (++i % step == 0) {
                        out.add(
                                new DeadlineSweep.After(
                                        rs.getDate(1).toLocalDate(), rs.getLong(2)));
                    }
                }
            }
        }
        return out;
    }

    private static Latencies measureJpa(
            EntityManagerFactory emf,
            LocalDate until,
            DeadlineSweep.After after,
            int page,
            int times) {
        Latencies l = new Latencies();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            EntityManager em = emf.createEntityManager();
            try {
                List<CaseDeadline> rows = DeadlineSweep.due(em, until, after, page);
                if (rows.isEmpty()) {
                    throw new IllegalStateException("the sweep found nothing");
                }
            } finally {
                em.close();
            }
            l.add(System.nanoTime() - s);
        }
        return l;
    }

    private static Latencies measureJdbc(
            Connection c,
            String sql,
            LocalDate until,
            DeadlineSweep.After after,
            int page,
            int times)
            throws SQLException {
        Latencies l = new Latencies();
        for (int i = 0; i < times; i++) {
            long s = System.nanoTime();
            int n = runJdbc(c, sql, until, after, page, null);
            if (n == 0) {
                throw new IllegalStateException("the sweep found nothing");
            }
            l.add(System.nanoTime() - s);
        }
        return l;
    }

    /**
     * The module's SQL with its parameters bound in EclipseLink's order, reading every column as
     * the JPA path does.
     */
    private static int runJdbc(
            Connection c,
            String sql,
            LocalDate until,
            DeadlineSweep.After after,
            int page,
            long[] last)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, sql, until, after, page);
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    if (last != null) {
                        last[0] = rs.getDate("DUE_DATE").toLocalDate().toEpochDay();
                        last[1] = rs.getLong("ID");
                    }
                    n++;
                }
            }
            return n;
        }
    }

    /**
     * EclipseLink's Derby SQL binds, in order: until, then (for the next page) afterDue, afterDue,
     * afterId, and the row limit last when it prints FETCH FIRST; otherwise the limit is the
     * statement's max rows.
     */
    private static void bind(
            PreparedStatement ps, String sql, LocalDate until, DeadlineSweep.After after, int page)
            throws SQLException {
        int i = 1;
        ps.setDate(i++, Date.valueOf(until));
        if (after != null) {
            ps.setDate(i++, Date.valueOf(after.dueDate()));
            ps.setDate(i++, Date.valueOf(after.dueDate()));
            ps.setLong(i++, after.id());
        }
        int params = ps.getParameterMetaData().getParameterCount();
        while (i <= params) {
            ps.setInt(i++, page);
        }
        if (params == (after == null ? 1 : 4)) {
            ps.setMaxRows(page);
        }
    }

    private static long fullSweepJpa(EntityManagerFactory emf, LocalDate until, int page) {
        long total = 0;
        DeadlineSweep.After after = null;
        while (true) {
            EntityManager em = emf.createEntityManager();
            List<CaseDeadline> rows;
            try {
                rows = DeadlineSweep.due(em, until, after, page);
            } finally {
                em.close();
            }
            total += rows.size();
            if (rows.size() < page) {
                return total;
            }
            CaseDeadline last = rows.get(rows.size() - 1);
            after = new DeadlineSweep.After(last.dueDate(), last.id());
        }
    }

    private static long fullSweepJdbc(
            Connection c, String first, String next, LocalDate until, int page)
            throws SQLException {
        long total = 0;
        DeadlineSweep.After after = null;
        long[] last = new long[2];
        while (true) {
            int n = runJdbc(c, after == null ? first : next, until, after, page, last);
            total += n;
            if (n < page) {
                return total;
            }
            after = new DeadlineSweep.After(LocalDate.ofEpochDay(last[0]), last[1]);
        }
    }

    /** Derby's own count of the index rows it visited for one execution (runtime statistics). */
    private static String scanned(
            Connection c, String sql, LocalDate until, DeadlineSweep.After after, int page)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            runJdbc(c, sql, until, after, page, null);
            String plan;
            try (ResultSet rs = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                rs.next();
                plan = rs.getString(1);
            }
            s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            boolean index = plan.contains("CASE_DEADLINE_OPEN");
            boolean sort = plan.contains("Sort ResultSet");
            Matcher visited = VISITED.matcher(plan);
            Matcher seen = SEEN.matcher(plan);
            String rows = visited.find() ? visited.group(1) : seen.find() ? seen.group(1) : "?";
            return rows + (index ? " (index" : " (NO index") + (sort ? ", sort)" : ")");
        }
    }

    /** The SQL EclipseLink prepares for a JPQL query, as the module issues it. */
    private static String sql(EntityManager em, String jpql) {
        DatabaseQuery dq =
                em.createQuery(jpql, CaseDeadline.class)
                        .setMaxResults(100)
                        .unwrap(EJBQueryImpl.class)
                        .getDatabaseQuery();
        dq.prepareCall(em.unwrap(JpaEntityManager.class).getActiveSession(), new DatabaseRecord());
        return dq.getSQLString();
    }

    private static void shutdown() {
        EmbeddedDataSource down = new EmbeddedDataSource();
        down.setDatabaseName(DATABASE);
        down.setShutdownDatabase("shutdown");
        try (Connection ignored = down.getConnection()) {
            // never reached
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }
}
