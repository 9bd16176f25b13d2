package org.asylon.capacity.selfassessment.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.capacity.selfassessment.control.SelfAssessment;
import org.asylon.capacity.selfassessment.control.Sheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line writes the same report as the web form, and refuses a bad file without writing.
 */
class SelfAssessmentReportTest {

    @TempDir Path dir;

    @Test
    void writesTheReportForTheSampleFile() throws Exception {
        Path output = dir.resolve("report.html");
        assertEquals(
                0,
                SelfAssessmentReport.run(
                        new String[] {Sheets.samplePath().toString(), output.toString()}));
        assertEquals(
                SelfAssessment.reference().reportPage(Sheets.sampleJson()),
                Files.readString(output));
    }

    @Test
    void refusesABadAnswerFileAndWritesNothing() throws Exception {
        Path answers =
                Files.writeString(
                        dir.resolve("answers.json"),
                        Sheets.sampleJson().replace("\"2.1\": \"partial\"", "\"2.1\": \"half\""));
        Path output = dir.resolve("report.html");
        assertEquals(
                1, SelfAssessmentReport.run(new String[] {answers.toString(), output.toString()}));
        assertFalse(Files.exists(output));
    }

    @Test
    void explainsUsage() {
        assertEquals(2, SelfAssessmentReport.run(new String[] {"only-one"}));
        assertEquals(
                2,
                SelfAssessmentReport.run(
                        new String[] {
                            dir.resolve("missing.json").toString(), dir.resolve("r.html").toString()
                        }));
        assertFalse(Files.exists(dir.resolve("r.html")));
    }
}
