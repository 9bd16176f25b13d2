package org.asylon.rsd.casework.entity;

/**
 * The applicant's request for an interviewer and/or interpreter of the same gender, resolved to the
 * gender that must be booked. {@code confirmedBy} names the officer who confirmed that gender with
 * the applicant when it was not simply the recorded sex.
 */
public record GenderNeed(
        boolean sameGenderInterviewer,
        boolean sameGenderInterpreter,
        Gender gender,
        String confirmedBy) {

    public static GenderNeed none() {
        return new GenderNeed(false, false, null, null);
    }

    public boolean any() {
        return sameGenderInterviewer || sameGenderInterpreter;
    }
}
