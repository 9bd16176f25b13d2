package org.asylon.readmission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training clock: the system clock plus what the file says, read on every tick. */
class OffsetClockTest {

    @Test
    void theFileMovesTheClockAndAnEmptyOrMissingFileDoesNot(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("offset");
        ReadmissionClock.OffsetClock clock = new ReadmissionClock.OffsetClock(file);
        assertTrue(
                Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5,
                "no file: no offset");
        Files.writeString(file, "P15D");
        assertEquals(
                15,
                Duration.between(Instant.now(), clock.instant()).toHours() / 24 + 0,
                "read on every tick");
        Files.writeString(file, "-P240D");
        assertTrue(
                clock.instant().isBefore(Instant.now().minus(Duration.ofDays(239))),
                "played from the past");
        var brussels = clock.withZone(ZoneId.of("Europe/Brussels"));
        assertEquals(ZoneId.of("Europe/Brussels"), brussels.getZone());
        assertTrue(
                brussels.instant().isBefore(Instant.now().minus(Duration.ofDays(239))),
                "the same offset in any zone");
    }
}
