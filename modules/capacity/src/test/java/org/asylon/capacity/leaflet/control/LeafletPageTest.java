package org.asylon.capacity.leaflet.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Language;
import org.asylon.capacity.leaflet.control.LeafletLibrary.Topic;
import org.junit.jupiter.api.Test;

class LeafletPageTest {

    private final LeafletLibrary library = LeafletLibrary.shipped();

    @Test
    void arabicPagesAreRightToLeftArabic() {
        Language arabic = library.language("ara");
        for (Topic topic : library.topics()) {
            String page = LeafletPage.topic(library, arabic, topic);
            assertTrue(page.contains("<html lang=\"ar\" dir=\"rtl\">"), topic.id());
            assertTrue(page.contains(topic.title(arabic)), topic.id());
        }
        assertTrue(
                LeafletPage.language(library, arabic).contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    @Test
    void everyPageDeclaresItsLanguageAndDirection() {
        for (Language language : library.languages()) {
            String opening =
                    "<html lang=\"" + language.tag() + "\" dir=\"" + language.direction() + "\">";
            for (Topic topic : library.topics()) {
                assertTrue(
                        LeafletPage.topic(library, language, topic)
                                .startsWith("<!DOCTYPE html>\n" + opening),
                        language.code() + "/" + topic.id());
            }
        }
    }

    @Test
    void pagesArePrintableAndSelfContained() {
        for (Language language : library.languages()) {
            for (String page :
                    new String[] {
                        LeafletPage.topic(library, language, library.topics().get(2)),
                        LeafletPage.language(library, language)
                    }) {
                assertTrue(page.contains("<meta charset=\"UTF-8\">"));
                assertTrue(page.contains("@page { size: A4;"));
                assertTrue(page.contains("html { font-size: 14pt; }"));
                assertFalse(page.toLowerCase().contains("<script"));
                assertFalse(
                        page.contains("http://")
                                || page.contains("https://")
                                || page.contains("src="),
                        "no external assets");
                assertFalse(
                        page.contains("<link")
                                || page.contains("@import")
                                || page.contains("url("));
                assertEquals(1, count(page, "<html"));
                assertEquals(1, count(page, "</html>"));
            }
        }
    }

    @Test
    void theReviewBannerAppearsExactlyWhereTheManifestAsksForIt() {
        for (Language language : library.languages()) {
            for (Topic topic : library.topics()) {
                String page = LeafletPage.topic(library, language, topic);
                assertEquals(
                        language.needsReview(),
                        page.contains(LeafletPage.REVIEW_BANNER),
                        language.code() + "/" + topic.id());
                assertEquals(
                        language.needsReview(),
                        page.contains(language.string("reviewNotice")),
                        language.code());
            }
            // one banner per topic, so that each printed page carries it
            assertEquals(
                    language.needsReview() ? library.topics().size() : 0,
                    count(LeafletPage.language(library, language), LeafletPage.REVIEW_BANNER),
                    language.code());
        }
        assertFalse(
                LeafletPage.topic(library, library.language("eng"), library.topics().get(0))
                        .contains(LeafletPage.REVIEW_BANNER));
        assertTrue(
                LeafletPage.topic(library, library.language("fra"), library.topics().get(0))
                        .contains(LeafletPage.REVIEW_BANNER));
    }

    @Test
    void theLanguagePageHoldsEveryTopicOnItsOwnPage() {
        for (Language language : library.languages()) {
            String page = LeafletPage.language(library, language);
            assertEquals(library.topics().size(), count(page, "<article class=\"leaflet\""));
            assertTrue(page.contains(".leaflet + .leaflet { break-before: page;"));
            int last = -1;
            for (Topic topic : library.topics()) {
                int at = page.indexOf("<h1>" + LeafletPage.escape(topic.title(language)) + "</h1>");
                assertTrue(
                        at > last,
                        language.code() + ": " + topic.id() + " missing or out of order");
                assertTrue(page.contains(library.fragment(language, topic)));
                last = at;
            }
        }
    }

    @Test
    void theIndexListsEveryLanguageTopicAndReviewStatus() {
        String index = LeafletPage.index(library, "/capacity/api/v1/leaflets/");
        assertTrue(index.startsWith("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">"));
        for (Language language : library.languages()) {
            assertTrue(
                    index.contains("href=\"/capacity/api/v1/leaflets/" + language.code() + "\""),
                    language.code());
            assertTrue(index.contains(language.nativeName()), language.code());
            for (Topic topic : library.topics()) {
                assertTrue(
                        index.contains(
                                "href=\"/capacity/api/v1/leaflets/"
                                        + language.code()
                                        + "/"
                                        + topic.id()
                                        + "\""),
                        language.code() + "/" + topic.id());
            }
        }
        for (Topic topic : library.topics()) {
            assertTrue(
                    index.contains("<th>" + LeafletPage.escape(topic.title()) + "</th>"),
                    topic.id());
        }
        int rows = library.languages().size();
        assertEquals(rows * library.topics().size() + rows, count(index, "<a href="));
        long reviewNeeded = library.languages().stream().filter(Language::needsReview).count();
        assertEquals(reviewNeeded, count(index, "needs review by a native speaker</td>"));
        assertEquals(1, count(index, "source text (English original)</td>"));
    }

    @Test
    void manifestTextIsEscaped() {
        assertEquals(
                "a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;",
                LeafletPage.escape("a <b> & \"c\" 'd'"));
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
