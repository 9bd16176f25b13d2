package org.asylon.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shell's files as the service worker and the translators must see them: a shell file the
 * service worker does not keep would be missing the day a border post opens the app offline, and a
 * catalogue without a key falls back to English in the middle of an Arabic screen.
 */
class ShellFilesTest {

    private static final Path APP = Path.of("src/main/resources/META-INF/resources/app");

    @Test
    void theServiceWorkerKeepsEveryShellFile() throws IOException {
        String worker = Files.readString(APP.resolve("sw.js"));
        Matcher listed = Pattern.compile("'(shell/[^']+)'").matcher(worker);
        Set<String> kept = new TreeSet<>();
        while (listed.find()) {
            kept.add(listed.group(1));
        }
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(APP.resolve("shell"))) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> present.add("shell/" + file.getFileName()));
        }
        assertEquals(present, kept);
    }

    /** The shell's catalogues and those of every module's screens in this repository. */
    static List<Path> catalogueFolders() throws IOException {
        List<Path> folders = new java.util.ArrayList<>(List.of(APP.resolve("shell/messages")));
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            modules.map(module -> module.resolve("src/main/webapp/app/screens/messages"))
                    .filter(Files::isDirectory)
                    .sorted()
                    .forEach(folders::add);
        }
        return folders;
    }

    @Test
    void everyCatalogueHasTheEnglishKeysAndTheirPlaceholders() throws IOException {
        List<Path> folders = catalogueFolders();
        assertTrue(folders.size() >= 3, "shell, entry and reception: " + folders);
        for (Path messages : folders) {
            var english = Catalogue.read(messages.resolve("en.json"));
            for (String language : List.of("fr", "ar", "es")) {
                var translated = Catalogue.read(messages.resolve(language + ".json"));
                for (var entry : english.entrySet()) {
                    if (entry.getKey().startsWith("@")) {
                        continue;
                    }
                    String where = messages + "/" + language + ".json: " + entry.getKey();
                    assertTrue(translated.containsKey(entry.getKey()), where + " missing");
                    assertEquals(
                            Catalogue.placeholders(entry.getValue()),
                            Catalogue.placeholders(translated.get(entry.getKey())),
                            where);
                }
            }
        }
        Path shell = APP.resolve("shell/messages");
        assertEquals("rtl", Catalogue.read(shell.resolve("ar.json")).get("@language.direction"));
    }
}
