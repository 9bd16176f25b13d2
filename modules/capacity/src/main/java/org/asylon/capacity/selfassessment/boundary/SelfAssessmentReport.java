package org.asylon.capacity.selfassessment.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.capacity.selfassessment.control.SelfAssessment;
import org.asylon.kernel.problem.ProblemException;

/**
 * Command line: {@code SelfAssessmentReport <answer-file.json> <report.html>} writes the same
 * report the web form gives, for a planner working without a running suite. Exit status 0 on
 * success, 1 for a refused answer file (the message names the field), 2 for wrong usage or an
 * unreadable file.
 */
public final class SelfAssessmentReport {

    private SelfAssessmentReport() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SelfAssessmentReport <answer-file.json> <report.html>");
            return 2;
        }
        Path answers = Path.of(args[0]);
        Path output = Path.of(args[1]);
        try {
            String page =
                    SelfAssessment.reference()
                            .reportPage(Files.readString(answers, StandardCharsets.UTF_8));
            Files.writeString(output, page, StandardCharsets.UTF_8);
            System.out.println("Report written to " + output.toAbsolutePath());
            return 0;
        } catch (ProblemException e) {
            System.err.println(answers + ": " + e.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println(
                    "cannot read " + answers + " or write " + output + ": " + e.getMessage());
            return 2;
        }
    }
}
