package org.asylon.entry.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro with the entry WAR as a separate process on a free loopback port, over a data
 * directory that outlives it: for the tests that stop the server (gracefully or not), touch its
 * database from outside, and start it again.
 */
final class MicroProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final List<String> systemProperties;
    private Process process;

    /** @param systemProperties extra {@code -Dkey=value} settings for the server, e.g. JWT verification */
    MicroProcess(Path dataDir, String... systemProperties) throws IOException {
        this.dataDir = dataDir;
        this.systemProperties = List.of(systemProperties);
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    String base() {
        return moduleUrl() + "/api/v1";
    }

    String moduleUrl() {
        return "http://127.0.0.1:" + port + "/entry";
    }

    Path derbyHome() {
        return dataDir.resolve("derby");
    }

    void start() throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Files.createDirectories(derbyHome());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx384m", "-Duser.timezone=UTC",
                "-Dderby.system.home=" + derbyHome(), "-Djava.io.tmpdir=" + tmp));
        systemProperties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("entry.war"),
                "--port", Integer.toString(port), "--nohazelcast"));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server.log").toFile()))
                .start();
        awaitReady();
    }

    /** Waits for readiness and for the API itself: a failed deployment still reports a running server. */
    private void awaitReady() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + dataDir.resolve("server.log"));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base() + "/events")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && api.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro not ready in 180 s; see " + dataDir.resolve("server.log"));
    }

    /** A clean shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The power goes out: no shutdown hooks, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
