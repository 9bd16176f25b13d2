package org.asylon.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed rule books under {@code capacity-kit/rulebooks/} are what the profiles say today:
 * lawyers read the committed files, so a profile change without regenerating them fails the build.
 */
class RuleBooksUpToDateTest {

    @Test
    void committedRuleBooksMatchTheProfiles() throws IOException {
        Path dir = repositoryRoot().resolve("capacity-kit/rulebooks");
        Map<String, String> pages = RuleBooks.generate();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve(page.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(page.getKey() + " is missing");
            } else if (!normalise(Files.readString(file, StandardCharsets.UTF_8))
                    .equals(page.getValue())) {
                problems.add(page.getKey() + " differs from its profile");
            }
        }
        for (Path stale : RuleBooks.stale(dir, pages)) {
            problems.add(stale.getFileName() + " belongs to a profile that no longer exists");
        }
        if (!problems.isEmpty()) {
            fail(
                    "capacity-kit/rulebooks is out of date ("
                            + String.join("; ", problems)
                            + "). Regenerate from the repository root with:\n  "
                            + RuleBooks.COMMAND
                            + "\nand commit the result.");
        }
    }

    @Test
    void regenerationWritesEveryPageAndRemovesOnlyStaleGeneratedOnes(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("README.md"), "hand-written\n");
        Files.writeString(dir.resolve("gone.md"), RuleBooks.header());
        RuleBooks.main(new String[] {dir.toString()});
        Map<String, String> pages = RuleBooks.generate();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            assertEquals(
                    page.getValue(), Files.readString(dir.resolve(page.getKey())), page.getKey());
        }
        assertTrue(Files.exists(dir.resolve("README.md")), "hand-written files stay");
        assertTrue(
                Files.notExists(dir.resolve("gone.md")),
                "a rule book whose profile is gone is removed");
    }

    /** A checkout with CRLF line endings is not a difference a reader would see. */
    private static String normalise(String text) {
        return text.replace("\r\n", "\n");
    }

    /** Maven runs tests in capacity-kit/rulebook-tool; an IDE may use the repository root. */
    private static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("capacity-kit/profiles"))) {
                return p;
            }
        }
        throw new IllegalStateException(
                "repository root (with capacity-kit/profiles) not found above "
                        + Path.of("").toAbsolutePath());
    }
}
