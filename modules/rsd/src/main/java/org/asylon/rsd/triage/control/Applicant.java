package org.asylon.rsd.triage.control;

import java.util.List;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.MadeWhere;

/**
 * What triage looks at in an application: nationalities, where it was made, and the flags reception
 * and the desk set. Never the claim itself.
 *
 * @param vulnerable reception found specific needs (categories or its priority flag), or the
 *     applicant is an unaccompanied child or needs special procedural guarantees
 */
public record Applicant(
        List<String> nationalities,
        boolean madeAtBorder,
        boolean unaccompaniedChild,
        boolean specialProceduralNeeds,
        boolean vulnerable) {

    public Applicant {
        nationalities = List.copyOf(nationalities);
    }

    public static Applicant of(AsylumApplication a) {
        boolean vulnerable =
                a.priority()
                        || !a.vulnerabilities().isEmpty()
                        || a.unaccompaniedChild()
                        || a.specialProceduralNeeds();
        return new Applicant(
                a.person() == null ? List.of() : a.person().nationalities(),
                a.madeWhere() == MadeWhere.BORDER,
                a.unaccompaniedChild(),
                a.specialProceduralNeeds(),
                vulnerable);
    }
}
