package org.asylon.capacity.selfassessment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped sample answer file (a non-party state where UNHCR decides) turns into the full
 * report.
 */
class SampleReportTest {

    private final SelfAssessment assessment = SelfAssessment.reference();
    private final GapReport report =
            assessment.report(assessment.reader().fromJson(Sheets.sampleJson()));
    private final String page = ReportPage.render(report);

    @Test
    void scoresEveryComponentAsExpected() {
        // worked by hand from the sample: e.g. component 3 = (100 + 50 + 50 + 100) / 4, 3.4 not
        // applicable
        assertEquals(
                List.of(47, 28, 75, 23, 7, 25, 38, 10, 30, 23),
                report.scores().stream().map(ComponentScore::score).toList());
        assertEquals(31, report.overall());
    }

    @Test
    void pageShowsEveryComponentWithItsScore() {
        for (ComponentScore score : report.scores()) {
            assertTrue(
                    page.contains(score.component().label() + ": " + score.score() + "/100"),
                    "missing " + score.component().label());
        }
    }

    @Test
    void pageHasTheCoverageChartInlineWithoutScripts() {
        assertTrue(page.contains("<svg"));
        assertEquals(10, page.split("class=\"bar ").length - 1, "one bar per component");
        assertFalse(page.contains("<script"));
        assertFalse(page.contains("src=\"http"));
        assertFalse(page.contains("<link"));
    }

    @Test
    void recommendsTheNonConventionProfile() {
        assertEquals("non-convention-mandate", report.profile().profile());
        assertTrue(report.profile().shipped());
        assertTrue(page.contains("Legal profile to start from: non-convention-mandate"));
        assertTrue(page.contains("paragraph 66"));
    }

    @Test
    void recommendsTheModuleSequenceWithoutRsd() {
        // entry first (all others read it), then the largest gaps as prerequisites allow
        assertEquals(
                List.of(
                        "entry",
                        "reception",
                        "identity",
                        "statistics",
                        "return",
                        "readmission",
                        "detention"),
                report.plan().moduleIds());
        assertTrue(report.plan().notRecommended().get(0).startsWith("rsd: not recommended"));
        assertTrue(
                page.contains(
                        "entry → reception → identity → statistics → return → readmission → detention"));
        assertTrue(page.contains("refers protection requests to UNHCR"));
    }

    @Test
    void listsTheGapsInPlainLanguageWithTheStatesNotes() {
        assertTrue(page.contains("Are new arrivals registered and given temporary documentation?"));
        assertTrue(
                page.contains(
                        "Your note: No reception sites; arrivals stay with relatives or in informal shelters."));
        assertTrue(page.contains("Republic of Meridia (fictional example)"));
        ComponentScore entrySystems = report.scores().get(2);
        assertEquals(
                List.of("3.2", "3.3"),
                entrySystems.gaps().stream().map(g -> g.question().id()).toList());
    }

    @Test
    void componentsWithoutAModuleAreNamed() {
        assertEquals(2, report.plan().outsideTheSoftware().size());
        assertTrue(
                report.plan()
                        .outsideTheSoftware()
                        .get(0)
                        .startsWith("1. Cooperation among key partners"));
        assertTrue(
                report.plan().outsideTheSoftware().get(1).startsWith("10. Information strategy"));
    }

    @Test
    void theSampleInTheCapacityKitIsTheOneOnTheClassPath() {
        assertEquals(Sheets.read(Sheets.samplePath()), Sheets.sampleJson());
    }
}
