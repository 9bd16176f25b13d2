package org.asylon.capacity.leaflet.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Language;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Topic;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeafletLibraryTest {

    /** The source folder, read directly so that a file the manifest forgets is noticed too. */
    static final Path SOURCE = Path.of("../../capacity-kit/leaflets");

    static final List<String> TOPICS =
            List.of(
                    "right-to-seek-asylum",
                    "registration",
                    "rights-in-detention",
                    "return-counselling",
                    "smuggling-and-trafficking");

    /** The BCP 47 tag each ISO 639-3 folder must declare, for the languages the issue allows. */
    static final Map<String, String> TAGS =
            Map.of(
                    "eng", "en", "fra", "fr", "ara", "ar", "spa", "es", "prs", "fa-AF", "fas", "fa",
                    "tir", "ti", "rus", "ru", "ukr", "uk");

    private final LeafletLibrary library = LeafletLibrary.shipped();

    @Test
    void theFiveTopicsAreListedInOrder() {
        assertEquals(TOPICS, library.topics().stream().map(Topic::id).toList());
    }

    @Test
    void theRequiredLanguagesAndOneMoreAreThere() {
        Set<String> codes = codes();
        assertTrue(codes.containsAll(Set.of("eng", "fra", "ara", "spa")), codes.toString());
        assertTrue(
                codes.stream().anyMatch(Set.of("prs", "fas", "tir", "rus", "ukr")::contains),
                codes.toString());
        assertEquals(
                "eng", library.languages().get(0).code(), "English is the source and comes first");
    }

    @Test
    void everyLanguageHasEveryTopicWithATitleAndText() {
        for (Language language : library.languages()) {
            for (Topic topic : library.topics()) {
                String fragment = library.fragment(language, topic);
                assertTrue(
                        fragment != null && fragment.contains("<h2>") && fragment.contains("<li>"),
                        language.code() + "/" + topic.id());
                assertFalse(
                        topic.title(language).isBlank(),
                        language.code() + " title of " + topic.id());
            }
            for (String key : LeafletLibrary.STRINGS) {
                assertFalse(language.string(key).isBlank(), language.code() + " string " + key);
            }
        }
    }

    @Test
    void theFoldersOnDiskAreExactlyTheManifest() throws IOException {
        Set<String> folders;
        try (Stream<Path> entries = Files.list(SOURCE)) {
            folders =
                    entries.filter(Files::isDirectory)
                            .map(p -> p.getFileName().toString())
                            .collect(Collectors.toSet());
        }
        assertEquals(codes(), folders);
        Set<String> expected = TOPICS.stream().map(t -> t + ".html").collect(Collectors.toSet());
        for (String code : folders) {
            try (Stream<Path> files = Files.list(SOURCE.resolve(code))) {
                assertEquals(
                        expected,
                        files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()),
                        code);
            }
        }
    }

    @Test
    void languageTagsAndDirectionsAreCorrect() {
        for (Language language : library.languages()) {
            assertEquals(TAGS.get(language.code()), language.tag(), language.code());
            boolean arabicScript = Set.of("ara", "prs", "fas").contains(language.code());
            assertEquals(arabicScript ? "rtl" : "ltr", language.direction(), language.code());
        }
        assertTrue(library.language("ara").rightToLeft());
    }

    @Test
    void onlyEnglishIsTheSourceAndNoTranslationClaimsAReviewItDidNotHave() {
        for (Language language : library.languages()) {
            if (language.code().equals("eng")) {
                assertEquals(LeafletLibrary.SOURCE, language.review());
            } else {
                // machine-written: flip to "reviewed" only together with a reviewer line in
                // README.md
                assertEquals(LeafletLibrary.NEEDS_REVIEW, language.review(), language.code());
            }
        }
    }

    @Test
    void theReadmeStatesEveryLanguagesReviewStatus() throws IOException {
        String readme = Files.readString(SOURCE.resolve("README.md"), StandardCharsets.UTF_8);
        for (Language language : library.languages()) {
            assertTrue(
                    readme.lines()
                            .anyMatch(
                                    line ->
                                            line.startsWith("| `" + language.code() + "` |")
                                                    && line.contains(
                                                            "`" + language.review() + "`")),
                    language.code());
        }
    }

    @Test
    void noFileOnDiskContainsAScript() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8).toLowerCase();
                assertFalse(text.contains("<script"), file.toString());
                assertFalse(
                        text.contains("<html") || text.contains("<head") || text.contains("<body"),
                        file.toString());
            }
        }
    }

    @Test
    void translationsAreInTheirOwnScript() {
        // a crude guard against an English paragraph pasted into a translation by mistake
        Map<String, Character.UnicodeScript> scripts =
                Map.of(
                        "ara",
                        Character.UnicodeScript.ARABIC,
                        "prs",
                        Character.UnicodeScript.ARABIC,
                        "fas",
                        Character.UnicodeScript.ARABIC,
                        "rus",
                        Character.UnicodeScript.CYRILLIC,
                        "ukr",
                        Character.UnicodeScript.CYRILLIC,
                        "tir",
                        Character.UnicodeScript.ETHIOPIC);
        for (Language language : library.languages()) {
            Character.UnicodeScript script = scripts.get(language.code());
            if (script == null) {
                continue;
            }
            for (Topic topic : library.topics()) {
                for (String item : library.fragment(language, topic).split("<li>")) {
                    String text =
                            item.replaceAll("<[^>]*>", "")
                                    .replaceAll("(?i)non-refoulement", "")
                                    .strip();
                    if (!text.isEmpty()) {
                        assertTrue(
                                text.codePoints()
                                        .anyMatch(c -> Character.UnicodeScript.of(c) == script),
                                language.code() + "/" + topic.id() + ": " + text);
                    }
                }
            }
        }
    }

    @Test
    void unknownLanguagesAndTopicsAreNotFound() {
        assertNotFound(() -> library.language("deu"));
        assertNotFound(() -> library.language("ENG"));
        assertNotFound(() -> library.language(""));
        assertNotFound(() -> library.language(null));
        Language english = library.language("eng");
        assertNotFound(() -> library.topic(english, "asylum"));
        assertNotFound(() -> library.topic(english, "registration.html"));
        assertNotFound(() -> library.topic(english, null));
    }

    @Test
    void traversalAttemptsAreNotFound() {
        for (String attempt :
                List.of(
                        "..",
                        "../",
                        "../eng",
                        "eng/..",
                        "%2e%2e",
                        "%2e%2e%2f",
                        "%2E%2E/leaflets.json",
                        "..%2f..%2fMETA-INF",
                        "./eng",
                        "eng/",
                        "/eng",
                        "..\\eng",
                        "leaflets.json")) {
            assertNotFound(() -> library.language(attempt));
            assertNotFound(() -> library.topic(library.language("eng"), attempt));
        }
        assertNotFound(() -> library.topic(library.language("eng"), "../fra/registration"));
        assertNotFound(() -> library.topic(library.language("eng"), "../../../META-INF/beans.xml"));
    }

    @Test
    void theProblemDetailDoesNotEchoArbitraryInput() {
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () -> library.language("<b>x</b>\n" + "y".repeat(100)));
        assertFalse(e.getMessage().contains("<") || e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().length() < 100, e.getMessage());
    }

    @Test
    void fragmentsWithScriptsOrDocumentStructureAreRefused() {
        for (String bad :
                List.of(
                        "<p>x</p>\n<script>alert(1)</script>",
                        "<SCRIPT src=x>",
                        "<html><p>x</p></html>",
                        "<p onclick=\"x()\">x</p>",
                        "<a href=\"javascript:x()\">x</a>",
                        "<img src=\"https://example.org/t.png\">",
                        "<style>p{}</style>",
                        "<p style=\"color:red\">x</p>",
                        "<iframe></iframe>",
                        "<link rel=stylesheet>")) {
            LeafletException e =
                    assertThrows(
                            LeafletException.class,
                            () -> LeafletLibrary.check("eng/x.html", bad),
                            bad);
            assertTrue(e.getMessage().startsWith("eng/x.html, line "), e.getMessage());
        }
        LeafletLibrary.check(
                "eng/x.html", "<h2>Title</h2>\n<ul>\n  <li>You can <em>ask</em>.</li>\n</ul>");
    }

    @Test
    void aMissingTranslationStopsTheLoadNamingTheFile(@TempDir Path dir) throws IOException {
        Path root = copyOfShipped(dir);
        Files.delete(root.resolve("ara/registration.html"));
        LeafletException e = assertThrows(LeafletException.class, () -> load(dir));
        assertTrue(e.getMessage().startsWith("ara/registration.html is missing"), e.getMessage());
    }

    @Test
    void aManifestWithoutATitleOrWithABadCodeIsRefused(@TempDir Path dir) throws IOException {
        Path root = copyOfShipped(dir);
        Path manifest = root.resolve(LeafletLibrary.MANIFEST);
        String original = Files.readString(manifest);
        Files.writeString(manifest, original.replace("\"ara\": \"حقك في طلب اللجوء\",", ""));
        LeafletException e = assertThrows(LeafletException.class, () -> load(dir));
        assertTrue(
                e.getMessage().contains("topic right-to-seek-asylum")
                        && e.getMessage().contains("\"ara\""),
                e.getMessage());

        Files.writeString(manifest, original.replace("\"code\": \"spa\"", "\"code\": \"../spa\""));
        e = assertThrows(LeafletException.class, () -> load(dir));
        assertTrue(e.getMessage().contains("ISO 639-3"), e.getMessage());

        Files.writeString(
                manifest, original.replace("\"direction\": \"rtl\"", "\"direction\": \"right\""));
        e = assertThrows(LeafletException.class, () -> load(dir));
        assertTrue(
                e.getMessage().contains("language ara") && e.getMessage().contains("ltr or rtl"),
                e.getMessage());
    }

    private Set<String> codes() {
        return library.languages().stream().map(Language::code).collect(Collectors.toSet());
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) {
        ProblemException e = assertThrows(ProblemException.class, call);
        assertEquals(ProblemType.NOT_FOUND, e.type());
    }

    /**
     * The shipped folder copied under {@code dir/asylon/leaflets}, as it sits on the class path.
     */
    private static Path copyOfShipped(Path dir) throws IOException {
        Path root = dir.resolve(LeafletLibrary.CLASSPATH_DIR);
        try (Stream<Path> files = Files.walk(SOURCE)) {
            for (Path source : files.toList()) {
                Path target = root.resolve(SOURCE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return root;
    }

    private static LeafletLibrary load(Path dir) throws IOException {
        // no parent: only the copy is visible, not the shipped folder on the test class path
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return LeafletLibrary.load(loader);
        }
    }
}
