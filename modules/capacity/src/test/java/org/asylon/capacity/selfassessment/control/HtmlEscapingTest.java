package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.asylon.kernel.http.Html;
import org.junit.jupiter.api.Test;

/** Text from an answer file is shown as text, never as markup. */
class HtmlEscapingTest {

    private static final String SCRIPT = "<script>alert('x')</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";

    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals(
                "&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;",
                Html.escape("<a href=\"x\">R&D's</a>"));
        assertEquals("", Html.escape(null));
    }

    @Test
    void answerFileTextIsEscapedInTheReport() {
        String json =
                Sheets.sampleJson()
                        .replace("\"Republic of Meridia (fictional example)\"", json(SCRIPT))
                        .replace(
                                "\"Ministry of Interior, Directorate of Migration, planning unit\"",
                                json(BREAKOUT))
                        .replace("\"2026-03-02\"", json("</title><b>2026</b>"))
                        .replace(
                                "\"Quarterly meeting with UNHCR and IOM; NGOs not invited.\"",
                                json("NGOs & <i>others</i>"));
        String page = SelfAssessment.reference().reportPage(json);
        assertFalse(page.contains(SCRIPT));
        assertFalse(page.contains("<img"));
        assertFalse(page.contains("<b>2026"));
        assertFalse(page.contains("<i>others"));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(page.contains("<title>Capacity self-assessment: &lt;script&gt;"));
        assertTrue(page.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.contains("Your note: NGOs &amp; &lt;i&gt;others&lt;/i&gt;"));
    }

    private static String json(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }

    @Test
    void formTextIsEscapedInTheReport() {
        AnswerSheet sheet =
                new AnswerSheetReader(Sheets.QUESTIONNAIRE)
                        .fromForm(
                                Map.of(
                                        "state",
                                        List.of(SCRIPT),
                                        "profile.party-1951",
                                        List.of("no"),
                                        "profile.oau-1969",
                                        List.of("no"),
                                        "profile.cartagena-1984",
                                        List.of("no"),
                                        "profile.eu-member-state",
                                        List.of("no"),
                                        "profile.rsd-conducted-by",
                                        List.of("unhcr")));
        String page = ReportPage.render(SelfAssessment.reference().report(sheet));
        assertFalse(page.contains(SCRIPT));
        assertTrue(page.contains("<h1>Capacity self-assessment: &lt;script&gt;"));
    }
}
