package org.asylon.readmission.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;

/**
 * Two "states", each a Payara Micro process with its own readmission module, database, profile and
 * key, and a clock the test moves by writing the offset file (never by sleeping through a period).
 * Each registers the other as a partner with the other's public key.
 */
final class TwoStates implements AutoCloseable {

    static final String ON = "DEU";
    static final String OFF = "FRA";

    final State deu;
    final State fra;

    /** One state: its server, its clock file and its officers. */
    static final class State {
        final String country;
        final MicroProcess server;
        final Path clock;
        final Api liaison;
        final Api authority;

        State(String country, Path dir, boolean withReturn) throws IOException {
            this.country = country;
            this.clock = dir.resolve("clock-offset");
            Files.writeString(clock, "PT0S");
            this.server =
                    new MicroProcess(
                                    dir,
                                    "asylon.profile=eu-pact-2026",
                                    "asylon.readmission.state=" + country,
                                    "asylon.readmission.clock.offset-file=" + clock,
                                    "asylon.readmission.courier.interval=PT0.3S",
                                    "asylon.readmission.reply-periods.interval=PT0.5S",
                                    "asylon.readmission.transfer-periods.interval=PT0.5S")
                            .deploying("readmission", wars(withReturn));
            if (withReturn) {
                // readmission asks return for the protection status; return follows readmission's
                // feed
                server.with(
                        "asylon.readmission.return.url=" + server.moduleUrl("return"),
                        "asylon.readmission.return.user=liaison.officer",
                        "asylon.readmission.return.password=" + Api.PASSWORD,
                        "asylon.feed.readmission.url=" + server.moduleUrl("readmission"),
                        "asylon.feed.readmission.user=feed.reader",
                        "asylon.feed.readmission.password=" + Api.PASSWORD,
                        "asylon.feed.readmission.interval=PT0.2S",
                        "asylon.feed.readmission.backoff-max=PT1S");
            }
            this.liaison = new Api(server.base(), "liaison.officer");
            this.authority = liaison.as("readmission.authority");
        }

        private static Path[] wars(boolean withReturn) {
            Path readmission = Path.of(System.getProperty("readmission.war"));
            return withReturn
                    ? new Path[] {readmission, Path.of(System.getProperty("return.war"))}
                    : new Path[] {readmission};
        }

        /** Moves this state's clock to {@code offset} after the real time. */
        void clockAt(Duration offset) throws IOException {
            Files.writeString(clock, offset.toString(), StandardCharsets.UTF_8);
        }
    }

    TwoStates(Path tmp) throws Exception {
        deu = new State(ON, Files.createTempDirectory(tmp, "deu"), true);
        fra = new State(OFF, Files.createTempDirectory(tmp, "fra"), false);
        deu.server.start();
        fra.server.start();
        introduce(deu, fra);
        introduce(fra, deu);
    }

    /**
     * {@code at} registers {@code other} with its endpoint, the AMMR and Dublin III, and its key.
     */
    private static void introduce(State at, State other) {
        String key = other.authority.get("own-state").json().getString("publicKey");
        Api.Reply registered =
                at.authority.create(
                        "partner-states",
                        Json.createObjectBuilder()
                                .add("country", other.country)
                                .add("name", other.country + " Dublin unit")
                                .add("endpoint", other.server.moduleUrl())
                                .add(
                                        "regimes",
                                        Json.createArrayBuilder().add("eu-ammr").add("dublin-iii"))
                                .build()
                                .toString());
        assertEquals(201, registered.status(), registered.toString());
        Api.Reply added =
                at.authority.create(
                        "partner-states/" + other.country + "/keys",
                        Json.createObjectBuilder()
                                .add("keyId", "key-1")
                                .add("publicKey", key)
                                .build()
                                .toString());
        assertEquals(201, added.status(), added.toString());
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within 60 s: " + what);
    }

    static JsonObject json(Api.Reply reply) {
        return reply.json();
    }

    @Override
    public void close() throws Exception {
        deu.server.close();
        fra.server.close();
    }
}
