package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every source a reference profile gives names a primary text a ministry's lawyer can open: an
 * instrument listed in {@code capacity-kit/sources.md} with its confirmation status, never a file
 * the ministry does not receive. The "Cited by" row of each instrument in sources.md is what the
 * profiles cite, so the page cannot drift from the rules.
 */
class ProfileSourcesTest {

    private static final Pattern STATUS =
            Pattern.compile(
                    "(?:^|; )status(?: of the model)?:? .*\\b(confirmed|secondary|unconfirmed)\\b");
    private static final Pattern CITED_RULE =
            Pattern.compile("`([a-z0-9.-]+)`(?: \\(item `([a-z0-9-]+)`\\))?");
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_./-]+\\.md\\b");

    private static Path root;
    private static Map<String, String> citedByRows;
    private static Map<String, String> sources;

    @BeforeAll
    static void readSourcesAndProfiles() throws IOException {
        root = repositoryRoot();
        citedByRows =
                instruments(
                        Files.readAllLines(
                                root.resolve("capacity-kit/sources.md"), StandardCharsets.UTF_8));
        sources = new TreeMap<>();
        ProfileLoader loader = new ProfileLoader();
        List<LegalProfile> all = new ArrayList<>();
        for (String name : referenceProfileNames()) {
            LegalProfile profile = loader.load(name);
            all.add(profile);
            // each regime a reference profile names, with the rules of its own file
            profile.regimes().forEach(r -> all.add(r.rules()));
        }
        for (LegalProfile profile : all) {
            String name = profile.name();
            for (Rule rule : profile.rules()) {
                rule.source().ifPresent(s -> sources.put(name + ": `" + rule.name() + "`", s));
                if (rule.value() instanceof RuleValue.Items items) {
                    for (ListItem item : items.items()) {
                        item.source()
                                .ifPresent(
                                        s ->
                                                sources.put(
                                                        name
                                                                + ": `"
                                                                + rule.name()
                                                                + "` (item `"
                                                                + item.code()
                                                                + "`)",
                                                        s));
                    }
                }
            }
        }
    }

    @Test
    void sourcesPageListsInstrumentsEachWithTheRulesCitingIt() {
        assertTrue(
                citedByRows.size() >= 20,
                "instruments found in sources.md: " + citedByRows.keySet());
        assertTrue(
                citedByRows.containsKey("Screening Regulation (EU) 2024/1356"),
                citedByRows.keySet().toString());
        assertFalse(sources.isEmpty());
    }

    @Test
    void everySourceNamesAListedInstrumentAndItsStatus() {
        List<String> problems = new ArrayList<>();
        sources.forEach(
                (where, source) -> {
                    if (citedByRows.keySet().stream().noneMatch(source::contains)) {
                        problems.add(
                                where
                                        + " names no instrument listed in capacity-kit/sources.md: "
                                        + source);
                    }
                    if (!STATUS.matcher(source).find()) {
                        problems.add(
                                where
                                        + " gives no status (confirmed, secondary or unconfirmed): "
                                        + source);
                    }
                });
        assertEquals(List.of(), problems);
    }

    @Test
    void citedByRowsAreExactlyTheRulesThatCiteEachInstrument() {
        List<String> problems = new ArrayList<>();
        citedByRows.forEach(
                (instrument, row) -> {
                    Set<String> listed = new TreeSet<>();
                    Matcher m = CITED_RULE.matcher(row);
                    while (m.find()) {
                        listed.add(
                                m.group(2) == null
                                        ? m.group(1)
                                        : m.group(1) + " (item " + m.group(2) + ")");
                    }
                    Set<String> citing = new TreeSet<>();
                    sources.forEach(
                            (where, source) -> {
                                if (source.contains(instrument)) {
                                    citing.add(
                                            where.substring(where.indexOf(": ") + 2)
                                                    .replace("`", ""));
                                }
                            });
                    if (!listed.equals(citing)) {
                        problems.add(
                                instrument
                                        + ": sources.md lists "
                                        + listed
                                        + " but the profiles cite it in "
                                        + citing);
                    }
                });
        assertEquals(List.of(), problems);
    }

    /**
     * Profiles and catalogues travel inside the kernel jar to ministries that have only the
     * repository: every file they name is in the tree.
     */
    @Test
    void profilesNameNoFileOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        Path profiles = root.resolve("capacity-kit/profiles");
        try (Stream<Path> files = Files.walk(profiles, 2)) {
            for (Path file :
                    files.filter(ProfileSourcesTest::profileOrCatalogue).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    String at = profiles.relativize(file) + " line " + (i + 1);
                    if (line.contains("/work/") || line.contains("../")) {
                        problems.add(at + " points outside the repository: " + line);
                    }
                    Matcher m = FILE_NAME.matcher(line);
                    while (m.find()) {
                        String named = m.group();
                        if (!Files.exists(root.resolve(named))
                                && !Files.exists(profiles.resolve(named))) {
                            problems.add(
                                    at + " names " + named + ", which is not in the repository");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean profileOrCatalogue(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".profile")
                || name.endsWith(".catalogue")
                || name.endsWith(Regime.EXTENSION);
    }

    /** "### name" headings, each with its "| Cited by | ... |" row. */
    private static Map<String, String> instruments(List<String> lines) {
        Map<String, String> rows = new LinkedHashMap<>();
        String current = null;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                current = line.substring(4).strip();
                rows.put(current, null);
            } else if (current != null && line.startsWith("| Cited by |")) {
                rows.put(current, line);
            }
        }
        rows.forEach(
                (name, row) ->
                        assertTrue(row != null, "sources.md: " + name + " has no 'Cited by' row"));
        return rows;
    }

    private static List<String> referenceProfileNames() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("capacity-kit/profiles"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".profile"))
                    .map(n -> n.substring(0, n.length() - ".profile".length()))
                    .sorted()
                    .toList();
        }
    }

    /** Maven runs tests in modules/kernel; an IDE may use the repository root. */
    private static Path repositoryRoot() {
        return Optional.of(Path.of("").toAbsolutePath()).stream()
                .flatMap(start -> Stream.iterate(start, p -> p != null, Path::getParent))
                .filter(p -> Files.isRegularFile(p.resolve("capacity-kit/sources.md")))
                .findFirst()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "repository root (with capacity-kit/sources.md) not found above "
                                                + Path.of("").toAbsolutePath()));
    }
}
