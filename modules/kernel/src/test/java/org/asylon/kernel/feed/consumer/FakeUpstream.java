package org.asylon.kernel.feed.consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asylon.kernel.feed.CloudEvent;

/**
 * An upstream module's feed endpoint on a loopback port, serving the events published to it the way
 * the real one does, and able to go down, answer errors or serve junk.
 */
final class FakeUpstream implements AutoCloseable {

    private final List<CloudEvent> events = new CopyOnWriteArrayList<>();
    final List<String> queries = new CopyOnWriteArrayList<>();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private int port;
    private HttpServer server;
    private volatile int status = 200;
    private volatile String body;
    private volatile String contentType = CloudEvent.BATCH_MEDIA_TYPE;
    private volatile boolean ignoreAfter;
    private volatile long delayMillis;

    private FakeUpstream() {
        listen(0);
    }

    static FakeUpstream start() {
        return new FakeUpstream();
    }

    /** Base URL of the imaginary entry module. */
    String url() {
        return "http://127.0.0.1:" + port() + "/entry";
    }

    synchronized int port() {
        return port;
    }

    FakeUpstream publish(long count) {
        long last = events.size();
        Events.events(last + 1, last + count).forEach(events::add);
        return this;
    }

    /** Answers every request with this status and body instead of the feed. */
    void answer(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body;
    }

    void answerNormally() {
        answer(200, CloudEvent.BATCH_MEDIA_TYPE, null);
        ignoreAfter = false;
    }

    /** Serves every page from the start, as a confused or restored upstream might. */
    void ignoreAfter() {
        ignoreAfter = true;
    }

    void respondAfter(long millis) {
        delayMillis = millis;
    }

    synchronized void goDown() {
        server.stop(0);
        server = null;
    }

    /** Listens again on the same port, as a restarted module would. */
    synchronized void comeBack() {
        listen(port);
    }

    private synchronized void listen(int onPort) {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/entry/api/v1/events", this::serve);
        server.start();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            authorizations.add(
                    String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            String answer = body != null ? body : page(query);
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private String page(String query) {
        Map<String, Long> params =
                Stream.of(query.split("&"))
                        .map(p -> p.split("=", 2))
                        .collect(Collectors.toMap(p -> p[0], p -> Long.parseLong(p[1])));
        long after = ignoreAfter ? 0 : params.get("after");
        return Events.batch(
                events.stream()
                        .filter(e -> e.sequence() > after)
                        .limit(params.get("limit"))
                        .toList());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
