package org.asylon.rsd.casework.control;

import java.util.List;
import org.asylon.rsd.casework.entity.GenderNeed;
import org.asylon.rsd.casework.entity.Interpreter;
import org.asylon.rsd.casework.entity.Interviewer;
import org.asylon.rsd.casework.entity.Slot;

/**
 * Who could hold an interview in {@code slot}: active, free then, of the gender the applicant asked
 * for, and able to work in the applicant's language (an interviewer without an interpreter only if
 * they speak it). Each list comes with how it was narrowed, so that an empty one says which
 * constraint left nobody; {@code interpreterSelection} is null when no interpreter is needed.
 */
public record InterviewOptions(
        Slot slot,
        String language,
        GenderNeed need,
        List<Interviewer> interviewers,
        Selection interviewerSelection,
        List<Interpreter> interpreters,
        Selection interpreterSelection) {}
