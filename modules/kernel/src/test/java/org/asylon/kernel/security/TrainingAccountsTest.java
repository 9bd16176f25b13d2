package org.asylon.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trainee accounts come and go while the suite runs; the file can never add or shadow an ordinary
 * officer.
 */
class TrainingAccountsTest {

    private static final String HASH = PasswordHash.hash("secret".toCharArray());

    @TempDir Path dir;
    private Instant now = Instant.parse("2026-12-08T09:00:00Z");

    @Test
    void aTraineeAddedOrRemovedWhileTheSuiteRunsIsSeenAtTheNextLook() throws IOException {
        Path file = dir.resolve("training-users");
        TrainingAccounts accounts = new TrainingAccounts(file, clock());
        assertTrue(accounts.find("trainee.1.ana").isEmpty(), "no file yet: nobody");

        write(file, "trainee.1.ana = " + HASH + " : border-officer, trainee\n", 1);
        later();
        assertEquals(
                Set.of("border-officer", "trainee"),
                accounts.find("trainee.1.ana").orElseThrow().roles());

        write(file, "# the run was closed\n", 2);
        later();
        assertTrue(accounts.find("trainee.1.ana").isEmpty(), "removed at close: refused");
    }

    @Test
    void aFileNamingAnOfficerIsRefusedWholeAndTheLastGoodOneStays() throws IOException {
        Path file = dir.resolve("training-users");
        TrainingAccounts accounts = new TrainingAccounts(file, clock());
        write(file, "training.runner = " + HASH + " : auditor\n", 1);
        later();
        assertTrue(accounts.find("training.runner").isPresent());

        write(
                file,
                "training.runner = "
                        + HASH
                        + " : auditor\nborder.supervisor = "
                        + HASH
                        + " : border-supervisor\n",
                2);
        later();

        assertTrue(accounts.find("training.runner").isPresent(), "the last good file stays");
        assertTrue(accounts.find("border.supervisor").isEmpty());
    }

    @Test
    void aTraineeWhoCouldReadScoresOrTrailsIsRefused() throws IOException {
        Path file = dir.resolve("training-users");
        TrainingAccounts accounts = new TrainingAccounts(file, clock());
        write(file, "trainee.1.ana = " + HASH + " : border-officer, trainee\n", 1);
        later();
        assertTrue(accounts.find("trainee.1.ana").isPresent());

        write(file, "trainee.1.ana = " + HASH + " : border-officer, trainer\n", 2);
        later();

        assertEquals(
                Set.of("border-officer", "trainee"),
                accounts.find("trainee.1.ana").orElseThrow().roles(),
                "the file granting trainer is refused whole");
    }

    @Test
    void twoWritesWithinOneClockTickAreBothSeen() throws IOException {
        Path file = dir.resolve("training-users");
        TrainingAccounts accounts = new TrainingAccounts(file, clock());
        write(file, "trainee.1.ana = " + HASH + " : border-officer\n", 1);
        later();
        assertTrue(accounts.find("trainee.1.ana").isPresent());

        write(file, "trainee.1.omar = " + HASH + " : border-officer\n", 1);
        later();

        assertTrue(accounts.find("trainee.1.omar").isPresent(), "same time stamp, new text");
        assertTrue(accounts.find("trainee.1.ana").isEmpty());
    }

    @Test
    void onlyTrainingNamesAreEverLookedUp() {
        assertTrue(TrainingAccounts.isTrainingName("trainee.3.omar"));
        assertTrue(TrainingAccounts.isTrainingName("training.runner"));
        assertFalse(TrainingAccounts.isTrainingName("border.officer"));
        assertFalse(TrainingAccounts.isTrainingName("traineeX"));
        assertFalse(TrainingAccounts.isTrainingName(null));
    }

    private void later() {
        now = now.plus(TrainingAccounts.LOOK_EVERY).plusMillis(1);
    }

    private Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    // distinct modification times: two writes within the file system's clock tick must still count
    private static void write(Path file, String text, int version) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L * version));
    }
}
