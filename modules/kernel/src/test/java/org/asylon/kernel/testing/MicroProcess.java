package org.asylon.kernel.testing;

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
 * Payara Micro with one or more module WARs as a separate process on a free loopback port, over a
 * data directory that outlives it: for the tests that stop a server (gracefully or not), touch its
 * database from outside, start it again, or run two modules as two servers.
 */
public final class MicroProcess implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final List<String> systemProperties = new java.util.ArrayList<>();
    private List<Path> wars = List.of();
    private String module = "entry";
    private Process process;

    /**
     * @param systemProperties extra {@code -Dkey=value} settings for the server, e.g. JWT
     *     verification
     */
    public MicroProcess(Path dataDir, String... systemProperties) throws IOException {
        this.dataDir = dataDir;
        this.systemProperties.addAll(List.of(systemProperties));
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /**
     * Which WARs to deploy (default: the one named by the system property {@code entry.war}) and
     * the module whose API {@link #base()} names and whose readiness {@link #start()} waits for.
     */
    public MicroProcess deploying(String module, Path... wars) {
        this.module = module;
        this.wars = List.of(wars);
        return this;
    }

    /**
     * More settings, for those that name this server's own port: modules deployed together
     * following each other's feeds.
     */
    public MicroProcess with(String... moreSystemProperties) {
        systemProperties.addAll(List.of(moreSystemProperties));
        return this;
    }

    /** Settings that make one module follow another deployed in this same server. */
    public String[] following(String feed, String upstreamModule) {
        return new String[] {
            "asylon.feed." + feed + ".url=" + moduleUrl(upstreamModule),
            "asylon.feed." + feed + ".user=feed.reader",
            "asylon.feed." + feed + ".password=" + Api.PASSWORD,
            "asylon.feed." + feed + ".interval=PT0.2S",
            "asylon.feed." + feed + ".backoff-max=PT1S"
        };
    }

    public int port() {
        return port;
    }

    public String base() {
        return moduleUrl() + "/api/v1";
    }

    public String moduleUrl() {
        return moduleUrl(module);
    }

    public String moduleUrl(String other) {
        return "http://127.0.0.1:" + port + "/" + other;
    }

    public Path derbyHome() {
        return dataDir.resolve("derby");
    }

    public void start() throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(dataDir.resolve("tmp"));
        Files.createDirectories(derbyHome());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command =
                new java.util.ArrayList<>(
                        List.of(
                                java,
                                "-Xmx384m",
                                "-Duser.timezone=UTC",
                                "-Dasylon.demo=true",
                                "-Dderby.system.home=" + derbyHome(),
                                "-Djava.io.tmpdir=" + tmp));
        systemProperties.forEach(p -> command.add("-D" + p));
        command.addAll(List.of("-jar", System.getProperty("payara.microJar")));
        for (Path war : wars.isEmpty() ? List.of(Path.of(System.getProperty("entry.war"))) : wars) {
            command.addAll(List.of("--deploy", war.toString()));
        }
        command.addAll(List.of("--port", Integer.toString(port), "--nohazelcast"));
        process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(
                                ProcessBuilder.Redirect.appendTo(
                                        dataDir.resolve("server.log").toFile()))
                        .start();
        awaitReady();
    }

    /**
     * Waits for readiness and for the API itself: a failed deployment still reports a running
     * server.
     */
    private void awaitReady() throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Payara Micro exited; see " + dataDir.resolve("server.log"));
            }
            try {
                HttpResponse<String> ready =
                        http.send(
                                HttpRequest.newBuilder(
                                                URI.create(
                                                        "http://127.0.0.1:"
                                                                + port
                                                                + "/health/ready"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> api =
                        http.send(
                                HttpRequest.newBuilder(URI.create(base() + "/events")).build(),
                                HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && api.statusCode() == 401) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "Payara Micro not ready in 180 s; see " + dataDir.resolve("server.log"));
    }

    /** A clean shutdown. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /** The power goes out: no shutdown hooks, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
