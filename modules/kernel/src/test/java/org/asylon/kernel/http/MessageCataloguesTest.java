package org.asylon.kernel.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the web app's catalogues merge: shell, then module screens, then the state's own files. */
class MessageCataloguesTest {

    @TempDir Path screens;
    @TempDir Path state;

    private MessageCatalogues catalogues() {
        return new MessageCatalogues(
                List.of(
                        MessageCatalogues.classPath(
                                getClass().getClassLoader(), "catalogues/shell/"),
                        MessageCatalogues.directory(screens),
                        MessageCatalogues.directory(state)));
    }

    private static void write(Path dir, String file, String text) throws IOException {
        Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }

    @Test
    void laterSourcesOverrideEarlierOnesKeyByKey() throws IOException {
        write(screens, "en.json", "{\"shell.signIn\": \"Log in\", \"counter.title\": \"Counter\"}");
        write(state, "en.json", "{\"counter.title\": \"Border counter\"}");
        Map<String, String> en = catalogues().catalogue("en").orElseThrow();
        assertEquals("Log in", en.get("shell.signIn"), "the module overrides the shell");
        assertEquals("Border counter", en.get("counter.title"), "the state overrides the module");
        assertEquals("Sign out", en.get("shell.signOut"), "what no one overrides stays");
        assertEquals("English", en.get("@language.name"));
    }

    @Test
    void theLanguagesListNamesEachInItsOwnWordsWithItsDirectionEnglishFirst() throws IOException {
        write(
                state,
                "pt.json",
                "{\"@language.name\": \"Português\", \"shell.signIn\": \"Entrar\"}");
        write(
                screens,
                "fr.json",
                "{\"@language.name\": \"Français\", \"@language.direction\": \"ltr\"}");
        List<MessageCatalogues.Language> languages = catalogues().languages();
        assertEquals(
                List.of(
                        new MessageCatalogues.Language("en", "English", "ltr"),
                        new MessageCatalogues.Language("ar", "العربية", "rtl"),
                        new MessageCatalogues.Language("fr", "Français", "ltr"),
                        new MessageCatalogues.Language("pt", "Português", "ltr")),
                languages);
    }

    @Test
    void aStateAddsALanguageByDroppingAFile() throws IOException {
        assertTrue(catalogues().catalogue("ti").isEmpty());
        write(state, "ti.json", "{\"@language.name\": \"ትግርኛ\", \"shell.signIn\": \"እቶ\"}");
        assertEquals("እቶ", catalogues().catalogue("ti").orElseThrow().get("shell.signIn"));
        assertTrue(catalogues().languages().stream().anyMatch(l -> l.code().equals("ti")));
    }

    @Test
    void aBadStateFileIsSkippedAndTheRestServed() throws IOException {
        write(state, "en.json", "{\"counter\": {\"title\": \"nested\"}}");
        write(state, "ar.json", "not json at all");
        write(state, "de.json", "[\"a list\"]");
        write(state, "es.json", "{\"n\": 1}");
        Map<String, String> en = catalogues().catalogue("en").orElseThrow();
        assertEquals("Sign in", en.get("shell.signIn"));
        assertFalse(en.containsKey("counter"));
        assertEquals(
                "تسجيل الدخول", catalogues().catalogue("ar").orElseThrow().get("shell.signIn"));
        assertTrue(catalogues().catalogue("de").isEmpty());
        assertTrue(catalogues().catalogue("es").isEmpty());
        assertEquals(
                Set.of("en", "ar"),
                Set.copyOf(catalogues().languages().stream().map(l -> l.code()).toList()));
    }

    @Test
    void aFileAbove512KilobytesIsRefused() throws IOException {
        String big = "{\"k\": \"" + "x".repeat(MessageCatalogues.MAX_BYTES) + "\"}";
        write(state, "en.json", big);
        assertFalse(catalogues().catalogue("en").orElseThrow().containsKey("k"));
    }

    @Test
    void onlyLanguageCodesAreLookedUp() throws IOException {
        write(state, "en-GB.json", "{\"shell.signIn\": \"Sign in\"}");
        assertTrue(catalogues().catalogue("en-GB").isPresent());
        for (String bad :
                List.of(
                        "EN",
                        "e",
                        "engl",
                        "../en",
                        "en/../../etc",
                        "en-",
                        "en-toolongsubtag",
                        "",
                        "en.json")) {
            assertTrue(catalogues().catalogue(bad).isEmpty(), bad);
            assertFalse(MessageCatalogues.isLanguageCode(bad), bad);
        }
        assertTrue(MessageCatalogues.isLanguageCode("prs"));
        assertTrue(MessageCatalogues.isLanguageCode("zh-Hant"));
    }

    @Test
    void aFolderOfTheWebApplicationIsASourceToo() {
        MessageCatalogues.Source screensInWar =
                MessageCatalogues.resources(
                        "/app/screens/messages/",
                        path ->
                                path.equals("/app/screens/messages/fr.json")
                                        ? new ByteArrayInputStream(
                                                "{\"a\": \"b\"}".getBytes(StandardCharsets.UTF_8))
                                        : null,
                        folder -> Set.of(folder + "fr.json", folder + "README.md"));
        MessageCatalogues only = new MessageCatalogues(List.of(screensInWar));
        assertEquals(Set.of("fr"), screensInWar.languages());
        assertEquals(Map.of("a", "b"), only.catalogue("fr").orElseThrow());
        assertEquals(List.of(new MessageCatalogues.Language("fr", "fr", "ltr")), only.languages());
    }

    @Test
    void theServedJsonIsAFlatObjectWithAStableEtag() {
        byte[] one = MessagesServlet.catalogueJson(Map.of("a", "b"));
        assertEquals("{\"a\":\"b\"}", new String(one, StandardCharsets.UTF_8));
        assertEquals(MessagesServlet.etag(one), MessagesServlet.etag(one.clone()));
        assertTrue(MessagesServlet.etag(one).matches("\"[A-Za-z0-9_-]{22}\""));
    }
}
