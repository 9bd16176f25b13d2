package org.asylon.rsd.testing;

import java.util.List;
import org.asylon.rsd.triage.control.Applicant;

/**
 * What triage sees of an applicant, for a test: by default an adult who applied inland, with no
 * specific needs. As in {@link Applicant#of}, an unaccompanied child and an applicant with special
 * procedural needs count as vulnerable: {@code
 * anApplicant().fromNationality("AFG").atTheBorder().unaccompaniedChild().build()}.
 */
public final class ApplicantBuilder {

    private List<String> nationalities = List.of("SYR");
    private boolean atTheBorder;
    private boolean unaccompaniedChild;
    private boolean specialProceduralNeeds;
    private boolean specificNeeds;

    private ApplicantBuilder() {}

    public static ApplicantBuilder anApplicant() {
        return new ApplicantBuilder();
    }

    public ApplicantBuilder fromNationality(String nationality) {
        this.nationalities = List.of(nationality);
        return this;
    }

    public ApplicantBuilder withNationalities(String... nationalities) {
        this.nationalities = List.of(nationalities);
        return this;
    }

    /** The application was made at the border. */
    public ApplicantBuilder atTheBorder() {
        this.atTheBorder = true;
        return this;
    }

    public ApplicantBuilder unaccompaniedChild() {
        this.unaccompaniedChild = true;
        return this;
    }

    public ApplicantBuilder withSpecialProceduralNeeds() {
        this.specialProceduralNeeds = true;
        return this;
    }

    /** Reception recorded specific needs (a category or its priority flag). */
    public ApplicantBuilder withSpecificNeeds() {
        this.specificNeeds = true;
        return this;
    }

    public Applicant build() {
        return new Applicant(
                nationalities,
                atTheBorder,
                unaccompaniedChild,
                specialProceduralNeeds,
                specificNeeds || unaccompaniedChild || specialProceduralNeeds);
    }
}
