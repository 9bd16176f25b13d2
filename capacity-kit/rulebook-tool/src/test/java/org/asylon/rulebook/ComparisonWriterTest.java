package org.asylon.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/** The side-by-side page: a column per profile in the fixed order, a legend, markers and counts. */
class ComparisonWriterTest {

    private final ProfileLoader loader = new ProfileLoader();

    @Test
    void referenceProfilesComeInTheDesignOrderAndTestFixturesAreLeftOut() {
        List<String> names = ReferenceProfiles.names(getClass().getClassLoader());
        List<String> known = ReferenceProfiles.ORDER.stream().filter(names::contains).toList();
        assertEquals(
                known, names.subList(0, known.size()), "the five of the design first, in order");
        List<String> others = names.subList(known.size(), names.size());
        assertEquals(others.stream().sorted().toList(), others, "then the others alphabetically");
        assertTrue(
                names.containsAll(
                        List.of("convention-1951", "eu-pact-2026", "non-convention-mandate")));
        assertFalse(
                names.stream().anyMatch(n -> n.startsWith("test-")),
                "test fixtures are not reference profiles");
    }

    @Test
    void hasAColumnPerProfileALegendAndMarkedCells() {
        List<LegalProfile> profiles =
                List.of(
                        loader.load("convention-1951"),
                        loader.load("eu-pact-2026"),
                        loader.load("test-child"));
        String page = new ComparisonWriter().write(profiles);
        assertTrue(page.startsWith(RuleBooks.MARKER));
        assertTrue(page.contains(RuleBooks.COMMAND));
        String head =
                "| Rule | [convention-1951](convention-1951.md) | [eu-pact-2026](eu-pact-2026.md) "
                        + "| [test-child](test-child.md) |\n|---|---|---|---|\n";
        assertEquals(
                6,
                count(page, head),
                "one table per module: entry, reception, rsd, detention, return, readmission");
        for (LegalStatus status : LegalStatus.values()) {
            assertTrue(
                    page.contains("| " + StatusWords.marker(status) + " | "),
                    "legend row for " + status);
        }
        assertTrue(
                page.contains(
                        "| `entry.screening.deadline` | ◇ 7 calendar days from apprehension, disembarkation "
                                + "or presentation at the border crossing point | ✓ 7 calendar days from apprehension, disembarkation or "
                                + "presentation at the border crossing point | ✓ 5 calendar days from apprehension, disembarkation or "
                                + "presentation at the border crossing point |"));
        assertTrue(page.contains("| `entry.biometrics.minimum-age` | ◇ 6 | (S) 6 | (S) 6 |"));
        assertTrue(
                page.contains(
                        "| `entry.screening.inland.deadline` | ◇ 3 calendar days from apprehension "
                                + "| ⚠ 3 calendar days from apprehension | ⚠ 3 calendar days from apprehension |"));
        assertTrue(
                page.contains(
                        "| `asylum.lodging.deadline` | "
                                + ComparisonWriter.ABSENT
                                + " | ✓ 21 calendar days from registration of the application |"),
                "an optional rule one profile lacks");
        assertTrue(
                page.contains(
                        "| `first-day` | ◇ next-day: the day of the event is not counted | ⚠ next-day"));
    }

    @Test
    void summaryCountsRulesByStatusPerProfile() {
        LegalProfile convention = loader.load("convention-1951");
        LegalProfile eu = loader.load("eu-pact-2026");
        String page = new ComparisonWriter().write(List.of(convention, eu));
        String summary = page.substring(page.indexOf("## Rules by status"));
        for (LegalStatus status : LegalStatus.values()) {
            String row =
                    "| "
                            + StatusWords.marker(status)
                            + " "
                            + StatusWords.name(status)
                            + " | "
                            + count(convention, status)
                            + " | "
                            + count(eu, status)
                            + " |";
            assertTrue(summary.contains(row), row);
        }
        assertTrue(
                summary.contains(
                        "| **all rules** | **"
                                + convention.rules().size()
                                + "** | **"
                                + eu.rules().size()
                                + "** |"));
    }

    @Test
    void pipesInProfileTextCannotBreakATable() {
        assertEquals("a \\| b c", Markdown.cell("a | b\n  c"));
    }

    private static long count(LegalProfile profile, LegalStatus status) {
        return profile.rules().stream().filter(r -> r.status() == status).count();
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
