package org.asylon.rsd.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The language the applicant is interviewed in and whether they asked for an interviewer and an
 * interpreter of their own gender (UNHCR Procedural Standards for RSD: such a request is honoured
 * by scheduling, not merely noted).
 */
@Embeddable
public class InterpreterNeeds {

    /** ISO 639-3; null when the applicant needs no interpreter. */
    @Column(name = "interpreter_language")
    private String language;

    @Column(name = "same_gender_interviewer", nullable = false)
    private boolean sameGenderInterviewer;

    @Column(name = "same_gender_interpreter", nullable = false)
    private boolean sameGenderInterpreter;

    protected InterpreterNeeds() {}

    public InterpreterNeeds(
            String language, boolean sameGenderInterviewer, boolean sameGenderInterpreter) {
        this.language = language;
        this.sameGenderInterviewer = sameGenderInterviewer;
        this.sameGenderInterpreter = sameGenderInterpreter;
    }

    public static InterpreterNeeds none() {
        return new InterpreterNeeds(null, false, false);
    }

    public String language() {
        return language;
    }

    public boolean needsInterpreter() {
        return language != null;
    }

    public boolean sameGenderInterviewer() {
        return sameGenderInterviewer;
    }

    public boolean sameGenderInterpreter() {
        return sameGenderInterpreter;
    }
}
