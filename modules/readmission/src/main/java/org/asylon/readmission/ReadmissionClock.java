package org.asylon.readmission;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock of the module: the system clock in UTC. For exercises and the two-state tests, {@code
 * asylon.readmission.clock.offset-file} names a file holding an ISO-8601 duration (e.g. {@code
 * P15D}) added to the system clock, read again on every tick, so that a trainer or a test can let a
 * reply period pass without waiting for it. It is never set in production, and the module says so
 * loudly when it is.
 */
@ApplicationScoped
public class ReadmissionClock {

    private static final Logger LOG = Logger.getLogger(ReadmissionClock.class.getName());

    @Inject
    @ConfigProperty(name = "asylon.readmission.clock.offset-file")
    Optional<String> offsetFile;

    private Clock clock;

    @PostConstruct
    void choose() {
        if (offsetFile.isEmpty() || offsetFile.get().isBlank()) {
            clock = Clock.systemUTC();
            return;
        }
        Path file = Path.of(offsetFile.get());
        LOG.warning(
                () ->
                        "The readmission clock is moved by "
                                + file
                                + " (asylon.readmission.clock.offset-file): for training and tests"
                                + " only, never in production");
        clock = new OffsetClock(file);
    }

    @Produces
    Clock clock() {
        return clock;
    }

    /** The system clock plus the duration a file says, read on every tick. */
    static final class OffsetClock extends Clock {

        private final Path file;
        private final ZoneId zone;

        OffsetClock(Path file) {
            this(file, ZoneOffset.UTC);
        }

        private OffsetClock(Path file, ZoneId zone) {
            this.file = file;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new OffsetClock(file, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset());
        }

        private Duration offset() {
            if (!Files.isRegularFile(file)) {
                return Duration.ZERO;
            }
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).trim();
                return text.isEmpty() ? Duration.ZERO : Duration.parse(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
