package org.asylon.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry WAR on its own Payara Micro, started as a child process and always stopped again (a
 * shutdown hook covers failures and Ctrl-C). Ready means: /health/ready answers 200 UP <em>and</em>
 * the module's API answers, because a failed deployment still logs "ready".
 */
final class PayaraServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread hook;

    private PayaraServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.hook = new Thread(this::stop, "payara-stopper");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    static PayaraServer start(Settings settings, Path dataDir, Path rootDir, Path log)
            throws IOException {
        require(settings.payaraMicro(), "Payara Micro jar (-Dbench.payaraMicro=...)");
        require(
                settings.war(),
                "entry WAR (-Dbench.war=...; build it with 'mvn -o -q install -DskipTests')");
        int port = freeLoopbackPort();
        Files.createDirectories(dataDir);
        Files.createDirectories(rootDir);
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx" + settings.heap(),
                                "-Dderby.system.home=" + dataDir,
                                "-Djava.io.tmpdir=" + rootDir,
                                "-Dasylon.demo=true", // the demo users sign the load in
                                "-jar",
                                settings.payaraMicro().toString(),
                                "--deploy",
                                settings.war().toString(),
                                "--port",
                                Integer.toString(port),
                                "--nohazelcast",
                                "--rootdir",
                                rootDir.toString()));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        System.out.println(
                "Payara Micro starting on 127.0.0.1:"
                        + port
                        + " (pid "
                        + process.pid()
                        + ", log "
                        + log
                        + ")");
        return new PayaraServer(process, port, log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Waits until the health check is UP and {@code GET crossing-points} answers 200 with
     * credentials.
     */
    void awaitReady(Duration timeout, HttpClient http, String authorization) throws Exception {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        String lastState = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health =
                        http.send(
                                HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready"))
                                        .timeout(Duration.ofSeconds(5))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    HttpResponse<String> api =
                            http.send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            baseUrl()
                                                                    + "/entry/api/v1/crossing-points"))
                                            .timeout(Duration.ofSeconds(10))
                                            .header("Authorization", authorization)
                                            .header("Accept", "application/json")
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                    if (api.statusCode() == 200) {
                        System.out.printf(
                                "Payara Micro ready in %.1f s%n",
                                (System.nanoTime() - start) / 1e9);
                        return;
                    }
                    lastState =
                            "health UP but GET /entry/api/v1/crossing-points answered "
                                    + api.statusCode()
                                    + ": "
                                    + abbreviate(api.body());
                } else {
                    lastState =
                            "/health/ready answered "
                                    + health.statusCode()
                                    + ": "
                                    + abbreviate(health.body());
                    String failure = deploymentFailure();
                    if (failure != null) {
                        throw new IllegalStateException(
                                "the WAR failed to deploy: " + failure + " (see " + log + ")");
                    }
                }
            } catch (IOException e) {
                lastState = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Payara Micro not ready after "
                        + timeout.toSeconds()
                        + " s ("
                        + lastState
                        + "); see "
                        + log);
    }

    /**
     * The first "Exception while loading the app" line of the log, once Micro has given up on the
     * WAR.
     */
    private String deploymentFailure() {
        try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.contains("Exception while loading the app :"))
                    .map(
                            l ->
                                    abbreviate(
                                            l.substring(
                                                    l.indexOf(
                                                            "Exception while loading the app :"))))
                    .findFirst()
                    .orElse(null);
        } catch (IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /**
     * Stops the server and every process it started; waits for it so the ports and files are free.
     */
    synchronized void stop() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
        System.out.println("Payara Micro stopped");
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    private static void require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("No " + what + " at " + file);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
