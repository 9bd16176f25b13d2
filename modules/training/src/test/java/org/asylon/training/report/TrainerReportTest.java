package org.asylon.training.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.asylon.training.scoring.Scorecard;
import org.asylon.training.scoring.Scorer;
import org.asylon.training.scoring.ScoringFixtures;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The report of the boat exercise's three trainees (the lawful one, the one who refused the person
 * who asked and detained the child, the one who did nothing), written to target/example-report.html
 * and .csv for the lead to cite.
 */
class TrainerReportTest {

    private static final List<Scorecard> CARDS =
            new Scorer(
                            ScoringFixtures.exercise(),
                            ScoringFixtures.cast(),
                            ScoringFixtures.profile(),
                            Clock.fixed(Instant.parse("2026-01-16T12:00:00Z"), ZoneOffset.UTC))
                    .score(ScoringFixtures.trails(), ScoringFixtures.trainees());

    private static String report(String language) {
        return TrainerReport.html(ScoringFixtures.exercise(), "eu-pact-2026", CARDS, language);
    }

    @Test
    void theCriticalErrorsComeBeforeAnythingElse() throws Exception {
        String html = report("en");
        int critical = html.indexOf("<h2>Critical errors</h2>");
        assertTrue(critical > 0);
        assertTrue(critical < html.indexOf("<h2>Scores</h2>"));
        assertTrue(critical < html.indexOf("<svg"));
        String section = html.substring(critical, html.indexOf("</section>", critical));
        assertTrue(section.contains("REFOULEMENT"));
        assertTrue(section.contains("CHILD_DETAINED"));
        assertTrue(
                section.contains("Convention relating to the Status of Refugees (1951), Art 33"));
        assertTrue(section.contains("Reception Conditions Directive (EU) 2024/1346, Art 13(2)"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/example-report.html"), html);
        Files.writeString(
                Path.of("target/example-report.csv"),
                TrainerReport.csv(ScoringFixtures.exercise(), CARDS));
    }

    @Test
    void eachTraineesScoreIsThereAndEveryLostPointHasItsRuleAndBasis() {
        String html = report("en");
        for (Scorecard c : CARDS) {
            assertTrue(html.contains(c.score() + " / " + c.possible()), c.account());
        }
        assertTrue(html.contains("Amina — 50 / 50"));
        assertTrue(html.contains("Chadi — 0 / 50"));
        assertTrue(
                html.contains(
                        "Asylum Procedure Regulation (EU) 2024/1348, Arts 27-28 (the Member State"
                                + " registers and lodges the application)"));
    }

    @Test
    void everyChartIsWellFormedSvgWithATitleAndALabel() throws Exception {
        Matcher svg = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(report("ar"));
        int charts = 0;
        while (svg.find()) {
            Document doc =
                    DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(
                                    new ByteArrayInputStream(
                                            svg.group().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", doc.getDocumentElement().getTagName());
            assertFalse(doc.getDocumentElement().getAttribute("aria-label").isBlank());
            assertEquals("title", doc.getDocumentElement().getFirstChild().getNodeName());
            charts++;
        }
        assertEquals(2 + CARDS.size(), charts, "trainees, distribution, and one per trainee");
    }

    @Test
    void theDistributionCountsEachTraineeInTheBandOfTheirScore() {
        int[] bands = Charts.bands(CARDS);
        assertEquals(2, bands[0], "the wrong and the idle trainee score 0");
        assertEquals(1, bands[9], "the lawful trainee scores 100 %");
    }

    @Test
    void theCsvParsesBackWithOneRowPerTraineeAndFinding() {
        List<List<String>> rows = parse(TrainerReport.csv(ScoringFixtures.exercise(), CARDS));
        int findings =
                CARDS.stream()
                        .mapToInt(
                                c ->
                                        c.criticalErrors().size()
                                                + c.lost().size()
                                                + c.earnedItems().size())
                        .sum();
        assertEquals(1 + findings, rows.size());
        assertEquals("trainee", rows.get(0).get(0));
        assertTrue(rows.stream().allMatch(r -> r.size() == 11));
        assertTrue(rows.stream().anyMatch(r -> r.get(4).equals("critical REFOULEMENT")));
    }

    @Test
    void aCellThatWouldBeAFormulaIsDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", TrainerReport.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", TrainerReport.cell("+1"));
        assertEquals("'-1", TrainerReport.cell("-1"));
        assertEquals("'@SUM(A1)", TrainerReport.cell("@SUM(A1)"));
        assertEquals("\"a,b\"", TrainerReport.cell("a,b"));
    }

    @Test
    void arabicIsRightToLeftWithItsOwnLabels() {
        String html = report("ar");
        assertTrue(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assertTrue(html.contains("الأخطاء الجسيمة"));
        assertTrue(report("fr").contains("<html lang=\"fr\" dir=\"ltr\">"));
        assertTrue(report("fr").contains("Erreurs critiques"));
    }

    @Test
    void aNameWithMarkupIsEscapedEverywhere() {
        for (String page :
                List.of(
                        report("en"),
                        TraineeFeedback.html(ScoringFixtures.exercise(), CARDS.get(1), "fr"))) {
            assertFalse(page.contains("<script"), "no script element");
            assertTrue(page.contains("Bruno &lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }

    @Test
    void aTraineesFeedbackShowsOnlyTheirOwnWork() {
        String feedback = TraineeFeedback.html(ScoringFixtures.exercise(), CARDS.get(1), "en");
        assertTrue(feedback.contains("REFOULEMENT"));
        assertFalse(feedback.contains("Amina"));
        assertFalse(feedback.contains("Chadi"));
        assertTrue(feedback.indexOf("REFOULEMENT") < feedback.indexOf("Points lost"));
    }

    @Test
    void thePageLoadsNothingAndItsStylesheetMatchesThePolicysHash() {
        String html = report("en");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("style=\""), "a style attribute would need 'unsafe-inline'");
        assertTrue(html.contains("<style>" + TrainerReport.css() + "</style>"));
        assertTrue(TrainerReport.STYLE_POLICY.contains("style-src 'sha256-"));
    }

    /** RFC 4180, enough to read the report back. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
