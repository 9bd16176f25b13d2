package org.asylon.training.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.kernel.security.PasswordHash;
import org.asylon.kernel.security.UserDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileTest {

    @TempDir Path dir;

    private static UsersFile.Account account(String name, String... roles) {
        return new UsersFile.Account(
                name, PasswordHash.hash("s3cret".toCharArray()), List.of(roles));
    }

    @Test
    void writesLinesTheKernelReadsAndKeepsTheLinesItWasNotAskedToChange() throws Exception {
        Path file = dir.resolve("training-users");
        Files.writeString(file, "# kept by hand\ntraining.observer = x$1$a$b : auditor\n");
        UsersFile users = new UsersFile(file);

        users.put(List.of(account("trainee.1.amira-k", "border-officer", "trainee")));

        String text = Files.readString(file);
        assertTrue(text.startsWith("# kept by hand\ntraining.observer = x$1$a$b : auditor\n"));
        UserDirectory read = UserDirectory.parse(text, "test");
        assertTrue(
                PasswordHash.verify(
                        "s3cret".toCharArray(),
                        read.find("trainee.1.amira-k").orElseThrow().passwordHash()));
        assertEquals(
                java.util.Set.of("border-officer", "trainee"),
                read.find("trainee.1.amira-k").orElseThrow().roles());
    }

    @Test
    void replacesTheLineOfTheSameNameAndRemovesARunsAccounts() {
        UsersFile users = new UsersFile(dir.resolve("users"));
        users.put(List.of(account("training.runner", "auditor")));
        users.put(List.of(account("training.runner", "feed-reader")));
        users.put(
                List.of(
                        account("trainee.1.a1", "trainee"),
                        account("trainee.12.b2", "trainee"),
                        account("trainee.1.c3", "trainee")));

        users.remove(name -> name.startsWith("trainee.1."));

        assertEquals(List.of("training.runner", "trainee.12.b2"), users.names());
    }

    @Test
    void refusesNamesOutsideTheTrainingNamespaceAndUnknownRoles() {
        assertThrows(IllegalArgumentException.class, () -> account("border.officer", "trainee"));
        assertThrows(IllegalArgumentException.class, () -> account("trainee.1.a b", "trainee"));
        assertThrows(IllegalArgumentException.class, () -> account("trainee.1.ab", "superuser"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new UsersFile.Account("trainee.1.ab", "a : b", List.of("trainee")));
    }

    @Test
    void aTraineeNeverHoldsARoleThatReadsScoresOrTrails() {
        for (String role :
                List.of("trainer", "auditor", "feed-reader", "planner", "partner-state")) {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> account("trainee.1.ab", "border-officer", role),
                    role);
        }
        // the runner's own account reads the trails it scores from
        account("training.runner", "auditor", "feed-reader");
    }

    @Test
    void writesAtomicallyLeavingNoTemporaryFileBehind() throws Exception {
        UsersFile users = new UsersFile(dir.resolve("users"));
        users.put(List.of(account("trainee.1.ab", "trainee")));
        users.remove(name -> true);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("users")), files.toList());
        }
        assertFalse(Files.readString(dir.resolve("users")).contains("trainee"));
    }
}
