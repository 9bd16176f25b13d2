package org.asylon.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The knobs of one run, all from system properties ({@code -Dbench.xxx=...}), with defaults for a
 * ~3 minute run.
 */
record Settings(
        Path payaraMicro,
        Path war,
        Path repo,
        Path out,
        Path workDir,
        int[] clients,
        Duration warmup,
        Duration duration,
        Duration jdbcWarmup,
        Duration jdbcDuration,
        long maxPerLevel,
        Duration startTimeout,
        String heap,
        boolean keep,
        boolean skipApi,
        boolean skipJdbc,
        long seed) {

    static final String PAYARA_VERSION = "6.2025.10";

    static Settings fromSystemProperties() {
        Path repo =
                Path.of(System.getProperty("bench.repo", guessRepo().toString()))
                        .toAbsolutePath()
                        .normalize();
        Path defaultMicro =
                Path.of(
                        System.getProperty("user.home"),
                        ".m2",
                        "repository",
                        "fish",
                        "payara",
                        "extras",
                        "payara-micro",
                        PAYARA_VERSION,
                        "payara-micro-" + PAYARA_VERSION + ".jar");
        Duration duration = seconds("bench.duration", 20);
        return new Settings(
                path("bench.payaraMicro", defaultMicro),
                path("bench.war", repo.resolve("modules/entry/target/entry.war")),
                repo,
                path("bench.out", repo.resolve("bench/target/registration-bench.txt")),
                path("bench.workDir", repo.resolve("bench/target/bench-run")),
                Arrays.stream(System.getProperty("bench.clients", "1,4,16").split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .mapToInt(Integer::parseInt)
                        .toArray(),
                seconds("bench.warmup", 20),
                duration,
                seconds("bench.jdbcWarmup", 10),
                seconds("bench.jdbcDuration", duration.toSeconds()),
                Long.getLong("bench.maxPerLevel", 1_000_000L),
                seconds("bench.startTimeout", 120),
                System.getProperty("bench.heap", "512m"),
                Boolean.getBoolean("bench.keep"),
                Boolean.getBoolean("bench.skipApi"),
                Boolean.getBoolean("bench.skipJdbc"),
                Long.getLong("bench.seed", 20261120L));
    }

    private static Duration seconds(String name, long defaultSeconds) {
        return Duration.ofMillis(
                Math.round(
                        Double.parseDouble(System.getProperty(name, Long.toString(defaultSeconds)))
                                * 1000));
    }

    private static Path path(String name, Path defaultValue) {
        String value = System.getProperty(name);
        return (value == null || value.isBlank() ? defaultValue : Path.of(value))
                .toAbsolutePath()
                .normalize();
    }

    /**
     * The repository root: the working directory or one of its parents that holds modules/entry.
     */
    private static Path guessRepo() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("modules/entry"))) {
                return p;
            }
        }
        return dir;
    }

    String describe() {
        return "clients "
                + Arrays.toString(clients)
                + ", API warm-up "
                + warmup.toSeconds()
                + " s, "
                + duration.toSeconds()
                + " s per level; JDBC warm-up "
                + jdbcWarmup.toSeconds()
                + " s, "
                + jdbcDuration.toSeconds()
                + " s per level; at most "
                + maxPerLevel
                + " per level";
    }
}
