package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.control.InterviewOptions;

/**
 * Who could hold the interview at that time. {@code interpreterNeeded} is false when the applicant
 * needs none; interviewers are listed without an interpreter only if they speak the language.
 * {@code languageName} is the language as people read it, "Dari (prs)". {@code
 * interviewerSelection} and {@code interpreterSelection} (null when no interpreter is needed) say
 * how each list was narrowed and, when it is empty, which constraint emptied it.
 */
public record OptionsView(
        Instant startsAt,
        Instant endsAt,
        String language,
        String languageName,
        boolean interpreterNeeded,
        boolean sameGenderInterviewer,
        boolean sameGenderInterpreter,
        String requestedGender,
        List<InterviewerView> interviewers,
        SelectionView interviewerSelection,
        List<InterpreterView> interpreters,
        SelectionView interpreterSelection) {

    public static OptionsView of(InterviewOptions o) {
        return new OptionsView(
                o.slot().start(),
                o.slot().end(),
                o.language(),
                Languages.label(o.language()),
                o.language() != null,
                o.need().sameGenderInterviewer(),
                o.need().sameGenderInterpreter(),
                o.need().gender() == null ? null : o.need().gender().name(),
                o.interviewers().stream().map(InterviewerView::of).toList(),
                SelectionView.of(o.interviewerSelection(), "interviewer", o.language(), o.need()),
                o.interpreters().stream().map(InterpreterView::of).toList(),
                o.interpreterSelection() == null
                        ? null
                        : SelectionView.of(
                                o.interpreterSelection(), "interpreter", o.language(), o.need()));
    }
}
