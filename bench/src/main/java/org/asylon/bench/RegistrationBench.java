package org.asylon.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark (not a test) of border entry registration: {@code POST /entry/api/v1/encounters} on the
 * entry WAR running in its own Payara Micro, against raw JDBC writing the same rows into the same
 * kind of embedded Derby database, at 1, 4 and 16 concurrent clients. Prints a table and writes it
 * to {@code bench/target/registration-bench.txt}. See bench/README.md for the command and the
 * knobs.
 */
public final class RegistrationBench {

    private RegistrationBench() {}

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Path runDir = settings.workDir().resolve("run");
        deleteTree(runDir);
        Files.createDirectories(runDir);
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(dataDir);

        StringBuilder header = new StringBuilder();
        header.append("Asylon border entry registration benchmark, ")
                .append(Instant.now())
                .append('\n');
        header.append("Java ")
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores; ")
                .append(settings.describe())
                .append('\n');
        header.append("API: ")
                .append(settings.war())
                .append(" on Payara Micro ")
                .append(Settings.PAYARA_VERSION)
                .append(" (-Xmx")
                .append(settings.heap())
                .append("), client in this JVM over loopback\n");
        header.append(
                "JDBC: embedded Derby in this JVM, one transaction per registration, same rows\n");
        System.out.print(header);

        Map<Integer, LevelResult> api = new LinkedHashMap<>();
        Map<Integer, LevelResult> jdbc = new LinkedHashMap<>();
        String apiProblem = null;
        String jdbcProblem = null;

        if (!settings.skipApi()) {
            try {
                runApi(settings, runDir, dataDir, api);
            } catch (Exception e) {
                apiProblem = e.getMessage() == null ? e.toString() : e.getMessage();
                System.out.println("API phase stopped: " + apiProblem);
            }
        }
        if (!settings.skipJdbc()) {
            try {
                runJdbc(settings, runDir, dataDir, jdbc);
            } catch (Exception e) {
                jdbcProblem = e.toString();
                System.out.println("JDBC phase stopped: " + jdbcProblem);
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    System.out.println("  caused by: " + cause);
                }
            }
        }

        String table = table(settings, api, jdbc);
        StringBuilder report = new StringBuilder(header).append('\n').append(table);
        if (apiProblem != null) {
            report.append("API: ").append(apiProblem).append('\n');
        }
        if (jdbcProblem != null) {
            report.append("JDBC: ").append(jdbcProblem).append('\n');
        }
        System.out.println();
        System.out.print(table);
        Files.createDirectories(settings.out().getParent());
        Files.writeString(settings.out(), report, StandardCharsets.UTF_8);
        System.out.println("Written to " + settings.out());

        if (!settings.keep()) {
            deleteTree(runDir);
        } else {
            System.out.println("Kept " + runDir);
        }
        boolean complete =
                apiProblem == null
                        && jdbcProblem == null
                        && (settings.skipApi() || api.size() == settings.clients().length)
                        && (settings.skipJdbc() || jdbc.size() == settings.clients().length);
        System.exit(complete ? 0 : 1);
    }

    private static void runApi(
            Settings settings, Path runDir, Path dataDir, Map<Integer, LevelResult> results)
            throws Exception {
        HttpClient http = ApiClient.newHttpClient();
        Path log = settings.workDir().resolve("payara.log");
        try (PayaraServer server =
                PayaraServer.start(settings, dataDir, runDir.resolve("payara-root"), log)) {
            server.awaitReady(settings.startTimeout(), http, ApiClient.basic(ApiClient.SUPERVISOR));
            ApiClient client = new ApiClient(http, server.baseUrl());
            String crossingPoint = client.createCrossingPoint();

            // one probe first: a missing or changed endpoint is reported once, not 20 s long
            Registration probe =
                    Registration.random(new SplittableRandom(settings.seed()), crossingPoint);
            if (!client.register(probe)) {
                throw new IllegalStateException(
                        "POST /entry/api/v1/encounters did not answer 201 (printed above);"
                                + " no API figures");
            }
            System.out.println(
                    "POST encounters answers 201; warming up "
                            + settings.warmup().toSeconds()
                            + " s");
            LevelResult warm =
                    LoadRunner.run(
                            "api",
                            4,
                            settings.warmup(),
                            Long.MAX_VALUE,
                            client.workers(crossingPoint, settings.seed() + 1));
            print("api warm-up", warm);
            int level = 0;
            for (int clients : settings.clients()) {
                LevelResult r =
                        LoadRunner.run(
                                "api",
                                clients,
                                settings.duration(),
                                settings.maxPerLevel(),
                                client.workers(crossingPoint, settings.seed() + 100 + level++));
                print("api", r);
                results.put(clients, r);
            }
        }
    }

    private static void runJdbc(
            Settings settings, Path runDir, Path dataDir, Map<Integer, LevelResult> results)
            throws Exception {
        try (JdbcReference reference =
                JdbcReference.create(settings, dataDir, runDir.resolve("scratch"))) {
            System.out.println("JDBC warming up " + settings.jdbcWarmup().toSeconds() + " s");
            LevelResult warm =
                    LoadRunner.run(
                            "jdbc",
                            4,
                            settings.jdbcWarmup(),
                            Long.MAX_VALUE,
                            reference.workers(settings.seed() + 1));
            print("jdbc warm-up", warm);
            int level = 0;
            for (int clients : settings.clients()) {
                LevelResult r =
                        LoadRunner.run(
                                "jdbc",
                                clients,
                                settings.jdbcDuration(),
                                settings.maxPerLevel(),
                                reference.workers(settings.seed() + 100 + level++));
                print("jdbc", r);
                results.put(clients, r);
            }
            System.out.printf(
                    "JDBC rows: %d encounters, %d outbox events, %d audit records, %d idempotency records,"
                            + " %d name keys%n",
                    reference.count("encounter"),
                    reference.count("outbox_event"),
                    reference.count("audit_record"),
                    reference.count("idempotency_record"),
                    reference.count("encounter_name_key"));
        }
    }

    private static void print(String what, LevelResult r) {
        System.out.printf(
                Locale.ROOT,
                "  %-12s %3d clients: %7d ok %5d errors in %5.1f s = %8.1f/s, p50 %7.2f ms,"
                        + " p99 %7.2f ms, max %7.1f ms%n",
                what,
                r.clients(),
                r.ok(),
                r.errors(),
                r.seconds(),
                r.perSecond(),
                r.p50Millis(),
                r.p99Millis(),
                r.maxMillis());
    }

    static String table(
            Settings settings, Map<Integer, LevelResult> api, Map<Integer, LevelResult> jdbc) {
        StringBuilder t = new StringBuilder();
        t.append(
                String.format(
                        Locale.ROOT,
                        "%-8s %10s %11s %11s %10s %10s %12s %12s %9s%n",
                        "clients",
                        "api req/s",
                        "api p50 ms",
                        "api p99 ms",
                        "api errors",
                        "jdbc tx/s",
                        "jdbc p50 ms",
                        "jdbc p99 ms",
                        "api/jdbc"));
        for (int clients : settings.clients()) {
            LevelResult a = api.get(clients);
            LevelResult j = jdbc.get(clients);
            String ratio =
                    a != null && j != null && j.perSecond() > 0
                            ? String.format(Locale.ROOT, "%.3f", a.perSecond() / j.perSecond())
                            : "n/a";
            t.append(
                    String.format(
                            Locale.ROOT,
                            "%-8d %10s %11s %11s %10s %10s %12s %12s %9s%n",
                            clients,
                            num(a == null ? Double.NaN : a.perSecond(), 1),
                            num(a == null ? Double.NaN : a.p50Millis(), 2),
                            num(a == null ? Double.NaN : a.p99Millis(), 2),
                            a == null ? "n/a" : Long.toString(a.errors()),
                            num(j == null ? Double.NaN : j.perSecond(), 1),
                            num(j == null ? Double.NaN : j.p50Millis(), 2),
                            num(j == null ? Double.NaN : j.p99Millis(), 2),
                            ratio));
        }
        return t.toString();
    }

    private static String num(double value, int decimals) {
        return Double.isNaN(value)
                ? "n/a"
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(
                root,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.delete(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException exc)
                            throws IOException {
                        Files.delete(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
