package org.asylon.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.asylon.kernel.persistence.SchemaMigrations;

/**
 * The reference: what a registration costs the database alone. A separate embedded Derby database
 * (same version as the server's) built by the real migrations, and per registration one transaction
 * with the rows the API writes: the idempotency record (inserted first, answered last), the
 * encounter and its collections, its name keys, one outbox event per event, and the audit record
 * under the {@code audit-chain} row lock, hash-chained to the one before.
 */
final class JdbcReference implements AutoCloseable {

    static final String LABEL = "jdbc";
    static final String DATABASE = "jdbc-reference";

    private final EmbeddedDataSource dataSource;
    private final String crossingPointId;

    private JdbcReference(EmbeddedDataSource dataSource, String crossingPointId) {
        this.dataSource = dataSource;
        this.crossingPointId = crossingPointId;
    }

    /**
     * Creates the database in {@code dataDir} and migrates it with the scripts the WAR carries (its
     * WEB-INF/classes/db/entry and its kernel jar's db/kernel), or with the sources when there is
     * no WAR.
     */
    static JdbcReference create(Settings settings, Path dataDir, Path scratch) throws Exception {
        System.setProperty("derby.system.home", dataDir.toString());
        System.setProperty(
                "derby.stream.error.file", dataDir.resolve("derby-jdbc-reference.log").toString());
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(DATABASE);
        ds.setCreateDatabase("create");

        List<URL> scriptRoots = migrationRoots(settings, scratch);
        try (URLClassLoader scripts =
                new ScriptsOnlyClassLoader(
                        scriptRoots.toArray(URL[]::new), JdbcReference.class.getClassLoader())) {
            long t0 = System.nanoTime();
            SchemaMigrations.migrate(ds, "entry", scripts);
            System.out.printf(
                    "JDBC reference database migrated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        }
        String crossingPoint = UUID.randomUUID().toString();
        try (Connection c = ds.getConnection();
                PreparedStatement ps =
                        c.prepareStatement(
                                "INSERT INTO crossing_point (id, version, name, kind, country) VALUES (?, 1, ?, 'LAND', 'GRC')")) {
            ps.setString(1, crossingPoint);
            ps.setString(2, "Bench land crossing");
            ps.executeUpdate();
        }
        return new JdbcReference(ds, crossingPoint);
    }

    /**
     * Where the migration scripts come from: the WAR under test when there is one, else the
     * sources.
     */
    private static List<URL> migrationRoots(Settings settings, Path scratch) throws IOException {
        List<URL> roots = new ArrayList<>();
        if (Files.isRegularFile(settings.war())) {
            Path classes = scratch.resolve("war-classes");
            Path lib = scratch.resolve("war-lib");
            Files.createDirectories(classes);
            Files.createDirectories(lib);
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(settings.war()))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    Path target = null;
                    if (name.startsWith("WEB-INF/classes/db/") && !e.isDirectory()) {
                        target = classes.resolve(name.substring("WEB-INF/classes/".length()));
                    } else if (name.matches("WEB-INF/lib/asylon-kernel-[^/]*\\.jar")) {
                        target = lib.resolve(name.substring("WEB-INF/lib/".length()));
                    }
                    if (target != null) {
                        Files.createDirectories(target.getParent());
                        Files.copy(zip, target);
                    }
                }
            }
            roots.add(classes.toUri().toURL());
            try (var jars = Files.list(lib)) {
                for (Path jar : jars.toList()) {
                    roots.add(jar.toUri().toURL());
                }
            }
            System.out.println("Migrations: the scripts inside " + settings.war());
            if (roots.size() == 1) {
                roots.add(
                        settings.repo()
                                .resolve("modules/kernel/src/main/resources")
                                .toUri()
                                .toURL());
                System.out.println(
                        "  (no asylon-kernel jar in the WAR: db/kernel from the kernel sources)");
            }
        } else {
            roots.add(settings.repo().resolve("modules/kernel/src/main/resources").toUri().toURL());
            roots.add(settings.repo().resolve("modules/entry/src/main/resources").toUri().toURL());
            System.out.println(
                    "Migrations: no WAR, the scripts in the sources under " + settings.repo());
        }
        return roots;
    }

    LoadRunner.WorkerFactory workers(long seed) {
        return index ->
                new Registrar(dataSource.getConnection(), new SplittableRandom(seed * 31 + index));
    }

    long count(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(DATABASE);
        shutdown.setShutdownDatabase("shutdown");
        try (Connection ignored = shutdown.getConnection()) {
            // never reached: shutting down answers with SQLState 08006
        } catch (SQLException expected) {
            // 08006: database shut down
        }
    }

    /** One client: its own connection and statements, one transaction per registration. */
    private final class Registrar implements LoadRunner.Worker {

        private static final String USER = ApiClient.OFFICER;
        private final Connection c;
        private final SplittableRandom rnd;
        private final PreparedStatement claimKey;
        private final PreparedStatement answerKey;
        private final PreparedStatement encounter;
        private final PreparedStatement nationality;
        private final PreparedStatement language;
        private final PreparedStatement document;
        private final PreparedStatement need;
        private final PreparedStatement nameKey;
        private final PreparedStatement outbox;
        private final PreparedStatement lockChain;
        private final PreparedStatement readChain;
        private final PreparedStatement previousHash;
        private final PreparedStatement audit;

        Registrar(Connection c, SplittableRandom rnd) throws SQLException {
            this.c = c;
            this.rnd = rnd;
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            claimKey =
                    c.prepareStatement(
                            "INSERT INTO idempotency_record (scope, idempotency_key, request_hash, status,"
                                    + " location, body, created_at) VALUES (?, ?, ?, 0, NULL, NULL, ?)");
            answerKey =
                    c.prepareStatement(
                            "UPDATE idempotency_record SET status = ?, location = ?, body = ?"
                                    + " WHERE scope = ? AND idempotency_key = ?");
            encounter =
                    c.prepareStatement(
                            "INSERT INTO encounter (id, version, kind, crossing_point_id, occurred_at,"
                                    + " registered_at, registered_by, document_surname, document_given_names, stated_surname,"
                                    + " stated_given_names, original_script_name, birth_year, birth_month, birth_day, birth_estimated,"
                                    + " sex, unaccompanied_child, protection_requested_at, protection_request_words)"
                                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            nationality =
                    c.prepareStatement(
                            "INSERT INTO encounter_nationality (encounter_id, position, code) VALUES (?, ?, ?)");
            language =
                    c.prepareStatement(
                            "INSERT INTO encounter_language (encounter_id, position, code) VALUES (?, ?, ?)");
            document =
                    c.prepareStatement(
                            "INSERT INTO encounter_document (encounter_id, position, document_code,"
                                    + " document_number, issuing_state, expiry_date, expired) VALUES (?, ?, ?, ?, ?, ?, ?)");
            need =
                    c.prepareStatement(
                            "INSERT INTO encounter_specific_need (encounter_id, position, category, note,"
                                    + " noted_by, noted_at) VALUES (?, ?, ?, ?, ?, ?)");
            nameKey =
                    c.prepareStatement(
                            "INSERT INTO encounter_name_key (encounter_id, name_key) VALUES (?, ?)");
            outbox =
                    c.prepareStatement(
                            "INSERT INTO outbox_event (event_id, event_type, subject, occurred_at, data)"
                                    + " VALUES (?, ?, ?, ?, ?)",
                            Statement.RETURN_GENERATED_KEYS);
            lockChain =
                    c.prepareStatement(
                            "UPDATE kernel_sequence SET last_value = last_value + 1 WHERE name = 'audit-chain'");
            readChain =
                    c.prepareStatement(
                            "SELECT last_value FROM kernel_sequence WHERE name = 'audit-chain'");
            previousHash =
                    c.prepareStatement(
                            "SELECT record_hash FROM audit_record WHERE sequence_number = ?");
            audit =
                    c.prepareStatement(
                            "INSERT INTO audit_record (sequence_number, recorded_at_ms, actor, action,"
                                    + " record_type, record_id, details, request_id, previous_hash, record_hash)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        @Override
        public boolean once() throws Exception {
            Registration r = Registration.random(rnd, crossingPointId);
            String json =
                    r.toJson(); // the API parses a body and hashes it for the idempotency record
            try {
                register(r, json);
                c.commit();
                return true;
            } catch (SQLException e) {
                c.rollback();
                Errors.record(LABEL, e.getSQLState() + " " + e);
                return false;
            }
        }

        private void register(Registration r, String requestJson) throws SQLException {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            Timestamp nowTs = Timestamp.from(now);
            String scope = USER + " POST encounters";
            String key = UUID.randomUUID().toString();
            claimKey.setString(1, scope);
            claimKey.setString(2, key);
            claimKey.setString(3, sha256(requestJson));
            claimKey.setTimestamp(4, nowTs);
            claimKey.executeUpdate();

            String id = UUID.randomUUID().toString();
            int i = 1;
            encounter.setString(i++, id);
            encounter.setString(i++, r.kind());
            encounter.setString(i++, r.crossingPointId());
            encounter.setTimestamp(i++, Timestamp.from(r.occurredAt()));
            encounter.setTimestamp(i++, nowTs);
            encounter.setString(i++, USER);
            encounter.setString(i++, r.documentSurname());
            encounter.setString(i++, r.documentGivenNames());
            encounter.setString(i++, r.statedSurname());
            encounter.setString(i++, r.statedGivenNames());
            encounter.setString(i++, r.originalScriptName());
            String[] dob = r.dateOfBirth().split("-");
            encounter.setInt(i++, Integer.parseInt(dob[0]));
            setInt(encounter, i++, dob.length > 1 ? Integer.parseInt(dob[1]) : null);
            setInt(encounter, i++, dob.length > 2 ? Integer.parseInt(dob[2]) : null);
            encounter.setBoolean(i++, r.dateOfBirthEstimated());
            encounter.setString(i++, r.sex());
            encounter.setBoolean(i++, r.unaccompaniedChild());
            encounter.setTimestamp(i++, r.protectionWords() == null ? null : nowTs);
            encounter.setString(i++, r.protectionWords());
            encounter.executeUpdate();

            codes(nationality, id, r.nationalities());
            codes(language, id, r.languages());
            for (int p = 0; p < r.documents().size(); p++) {
                Registration.Document d = r.documents().get(p);
                document.setString(1, id);
                document.setInt(2, p);
                document.setString(3, d.documentCode());
                document.setString(4, d.number());
                document.setString(5, d.issuingState());
                document.setDate(6, Date.valueOf(d.expiryDate()));
                document.setBoolean(
                        7, d.expiryDate().isBefore(now.atZone(ZoneOffset.UTC).toLocalDate()));
                document.addBatch();
            }
            if (!r.documents().isEmpty()) {
                document.executeBatch();
            }
            for (int p = 0; p < r.specificNeeds().size(); p++) {
                Registration.Need n = r.specificNeeds().get(p);
                need.setString(1, id);
                need.setInt(2, p);
                need.setString(3, n.category());
                need.setString(4, n.note());
                need.setString(5, USER);
                need.setTimestamp(6, nowTs);
                need.addBatch();
            }
            if (!r.specificNeeds().isEmpty()) {
                need.executeBatch();
            }
            for (String k : nameKeys(r)) {
                nameKey.setString(1, id);
                nameKey.setString(2, k);
                nameKey.addBatch();
            }
            nameKey.executeBatch();

            for (String type : r.eventTypes()) {
                outbox.setString(1, UUID.randomUUID().toString());
                outbox.setString(2, type);
                outbox.setString(3, "encounters/" + id);
                outbox.setTimestamp(4, Timestamp.from(now.truncatedTo(ChronoUnit.MILLIS)));
                outbox.setString(5, eventData(id, r, type));
                outbox.executeUpdate();
                try (ResultSet keys = outbox.getGeneratedKeys()) {
                    keys.next(); // the JPA provider reads the identity back too
                }
            }

            // the audit chain last, as the kernel advises: its row lock serialises from here to
            // commit
            lockChain.executeUpdate();
            long sequence;
            try (ResultSet rs = readChain.executeQuery()) {
                rs.next();
                sequence = rs.getLong(1);
            }
            String previous = "0".repeat(64);
            if (sequence > 1) {
                previousHash.setLong(1, sequence - 1);
                try (ResultSet rs = previousHash.executeQuery()) {
                    if (rs.next()) {
                        previous = rs.getString(1);
                    }
                }
            }
            Instant recorded = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String details = r.kind();
            String requestId = UUID.randomUUID().toString();
            audit.setLong(1, sequence);
            audit.setLong(2, recorded.toEpochMilli());
            audit.setString(3, USER);
            audit.setString(4, "encounter.registered");
            audit.setString(5, "encounter");
            audit.setString(6, id);
            audit.setString(7, details);
            audit.setString(8, requestId);
            audit.setString(9, previous);
            audit.setString(
                    10,
                    auditHash(
                            sequence,
                            recorded,
                            USER,
                            "encounter.registered",
                            "encounter",
                            id,
                            details,
                            requestId,
                            previous));
            audit.executeUpdate();

            answerKey.setInt(1, 201);
            answerKey.setString(2, "encounters/" + id);
            answerKey.setString(3, responseBody(id, now, requestJson));
            answerKey.setString(4, scope);
            answerKey.setString(5, key);
            answerKey.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            c.rollback();
            c.close();
        }
    }

    private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void codes(PreparedStatement ps, String id, List<String> codes)
            throws SQLException {
        for (int p = 0; p < codes.size(); p++) {
            ps.setString(1, id);
            ps.setInt(2, p);
            ps.setString(3, codes.get(p));
            ps.addBatch();
        }
        if (!codes.isEmpty()) {
            ps.executeBatch();
        }
    }

    /**
     * Three transliteration-tolerant keys (surname, given names, the stated surname's skeleton), a
     * stand-in for the names module's keys: the reference must write the same number of rows.
     */
    static List<String> nameKeys(Registration r) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(
                "S:" + fold(r.documentSurname() != null ? r.documentSurname() : r.statedSurname()));
        keys.add(
                "G:"
                        + fold(
                                r.documentGivenNames() != null
                                        ? r.documentGivenNames()
                                        : r.statedGivenNames()));
        keys.add("K:" + fold(r.statedSurname()).replaceAll("[AEIOUY]", ""));
        return new ArrayList<>(keys);
    }

    private static String fold(String s) {
        String ascii =
                Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "");
        String key = ascii.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        return key.length() > 50 ? key.substring(0, 50) : key;
    }

    private static String eventData(String id, Registration r, String type) {
        var j = new Registration.Json().open();
        j.field("encounterId", id);
        j.field("kind", r.kind());
        j.field("crossingPointId", r.crossingPointId());
        j.field("occurredAt", r.occurredAt().toString());
        if (type.contains("registered")) {
            j.field("nationalities", r.nationalities());
            j.field("unaccompaniedChild", r.unaccompaniedChild());
        } else if (type.contains("specific-needs")) {
            j.field(
                    "categories",
                    r.specificNeeds().stream().map(Registration.Need::category).toList());
        }
        return j.close().toString();
    }

    private static String responseBody(String id, Instant registeredAt, String requestJson) {
        return "{\"id\":\""
                + id
                + "\",\"version\":1,\"registeredAt\":\""
                + registeredAt
                + "\",\"registeredBy\":\""
                + ApiClient.OFFICER
                + "\",\"request\":"
                + requestJson
                + "}";
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final DateTimeFormatter RECORDED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * The kernel's audit hash (asylon-audit/1: netstrings of every field and the previous hash,
     * SHA-256).
     */
    static String auditHash(
            long sequence,
            Instant recordedAt,
            String actor,
            String action,
            String recordType,
            String recordId,
            String details,
            String requestId,
            String previousHash) {
        var out = new java.io.ByteArrayOutputStream(256);
        for (String v :
                new String[] {
                    "asylon-audit/1",
                    Long.toString(sequence),
                    RECORDED_AT.format(recordedAt),
                    actor,
                    action,
                    recordType,
                    recordId,
                    details,
                    requestId,
                    previousHash
                }) {
            if (v == null) {
                out.write('~');
            } else {
                byte[] b = v.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((b.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(b);
                out.write(',');
            }
        }
        return sha256(out.toByteArray());
    }

    /**
     * Serves {@code db/...} resources only from its own roots (the WAR's scripts), everything else
     * from the parent, so Flyway neither misses the scripts nor finds the harness's own kernel
     * jar's copy twice.
     */
    private static final class ScriptsOnlyClassLoader extends URLClassLoader {

        ScriptsOnlyClassLoader(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        public URL getResource(String name) {
            return isScript(name) ? findResource(name) : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return isScript(name) ? findResources(name) : super.getResources(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            if (!isScript(name)) {
                return super.getResourceAsStream(name);
            }
            URL url = findResource(name);
            try {
                return url == null ? null : url.openStream();
            } catch (IOException e) {
                return null;
            }
        }

        private static boolean isScript(String name) {
            String n = name.startsWith("/") ? name.substring(1) : name;
            return n.equals("db") || n.startsWith("db/");
        }
    }
}
