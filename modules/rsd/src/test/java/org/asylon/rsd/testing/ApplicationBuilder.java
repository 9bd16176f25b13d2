package org.asylon.rsd.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Relationship;
import org.asylon.rsd.application.entity.TrackAssignment;

/**
 * An asylum application for a test, with sensible defaults: an Eritrean woman speaking Tigrinya,
 * who made her application at the RSD desk 60 days before the fixture's clock. Each option says
 * what it sets: {@code
 * anApplication().madeAtTheBorder().fromNationality("AFG").unaccompaniedChild()}, {@code
 * aLodgedCase().inTrack("border")}.
 */
public final class ApplicationBuilder {

    private String surname = "Haile";
    private String givenNames = "Selam";
    private String dateOfBirth = "1995-03-01";
    private String sex = "F";
    private List<String> nationalities = List.of("ERI");
    private InterpreterNeeds interpreter = InterpreterNeeds.none();
    private Instant madeAt;
    private MadeWhere madeWhere = MadeWhere.RSD_DESK;
    private boolean unaccompaniedChild;
    private boolean specialProceduralNeeds;
    private Duration registeredAfter;
    private Duration lodgedAfter;
    private String officer;
    private String reviewer;
    private String appealOfficer;
    private String representative;
    private String track;
    private String principalId;
    private Relationship relationship;
    private boolean ownClaim;

    private ApplicationBuilder() {}

    /** Made, not yet registered, no one assigned. */
    public static ApplicationBuilder anApplication() {
        return new ApplicationBuilder();
    }

    /** Registered a day after it was made, with the assigned officer and a legal representative. */
    public static ApplicationBuilder aRegisteredCase() {
        return anApplication()
                .registered()
                .assignedTo(Staff.OFFICER)
                .representedBy(Staff.REPRESENTATIVE);
    }

    /**
     * Registered and lodged (a day and two days after it was made), with every file holder of
     * {@link Staff}: the assigned officer, the four-eyes reviewer, the appeal officer and the legal
     * representative.
     */
    public static ApplicationBuilder aLodgedCase() {
        return aRegisteredCase()
                .lodged()
                .reviewedBy(Staff.REVIEWER)
                .appealOfficer(Staff.APPEAL_OFFICER);
    }

    public ApplicationBuilder named(String surname, String givenNames) {
        this.surname = surname;
        this.givenNames = givenNames;
        return this;
    }

    public ApplicationBuilder bornOn(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
        return this;
    }

    /** F, M, X, or null when not recorded. */
    public ApplicationBuilder ofSex(String sex) {
        this.sex = sex;
        return this;
    }

    public ApplicationBuilder fromNationality(String nationality) {
        this.nationalities = List.of(nationality);
        return this;
    }

    public ApplicationBuilder withNationalities(String... nationalities) {
        this.nationalities = List.of(nationalities);
        return this;
    }

    /** An interpreter in {@code language} (ISO 639-3), with no gender requested. */
    public ApplicationBuilder needingInterpreterIn(String language) {
        this.interpreter =
                new InterpreterNeeds(
                        language,
                        interpreter.sameGenderInterviewer(),
                        interpreter.sameGenderInterpreter());
        return this;
    }

    public ApplicationBuilder askingForSameGenderInterviewer() {
        this.interpreter =
                new InterpreterNeeds(
                        interpreter.language(), true, interpreter.sameGenderInterpreter());
        return this;
    }

    public ApplicationBuilder askingForSameGenderInterpreter() {
        this.interpreter =
                new InterpreterNeeds(
                        interpreter.language(), interpreter.sameGenderInterviewer(), true);
        return this;
    }

    public ApplicationBuilder madeOn(Instant at) {
        this.madeAt = at;
        return this;
    }

    public ApplicationBuilder madeAt(MadeWhere where) {
        this.madeWhere = where;
        return this;
    }

    public ApplicationBuilder madeAtTheBorder() {
        return madeAt(MadeWhere.BORDER);
    }

    public ApplicationBuilder unaccompaniedChild() {
        this.unaccompaniedChild = true;
        return this;
    }

    public ApplicationBuilder withSpecialProceduralNeeds() {
        this.specialProceduralNeeds = true;
        return this;
    }

    /** Registered a day after it was made. */
    public ApplicationBuilder registered() {
        this.registeredAfter = Duration.ofDays(1);
        return this;
    }

    /** Lodged two days after it was made (registered a day after). */
    public ApplicationBuilder lodged() {
        registered();
        this.lodgedAfter = Duration.ofDays(2);
        return this;
    }

    public ApplicationBuilder assignedTo(String officer) {
        this.officer = officer;
        return this;
    }

    public ApplicationBuilder reviewedBy(String reviewer) {
        this.reviewer = reviewer;
        return this;
    }

    public ApplicationBuilder appealOfficer(String appealOfficer) {
        this.appealOfficer = appealOfficer;
        return this;
    }

    public ApplicationBuilder representedBy(String representative) {
        this.representative = representative;
        return this;
    }

    /** Already put in {@code track} (by a test, not by triage). */
    public ApplicationBuilder inTrack(String track) {
        this.track = track;
        return this;
    }

    /** A child of the principal's, covered by the principal's claim. */
    public ApplicationBuilder childCoveredBy(String principalId) {
        return dependantOf(principalId, Relationship.CHILD, false);
    }

    /** A child of the principal's with a claim of their own. */
    public ApplicationBuilder childWithOwnClaim(String principalId) {
        return dependantOf(principalId, Relationship.CHILD, true);
    }

    private ApplicationBuilder dependantOf(
            String principalId, Relationship relationship, boolean ownClaim) {
        this.principalId = principalId;
        this.relationship = relationship;
        this.ownClaim = ownClaim;
        return named("Haile", "Yonas").bornOn("2018-05-01").ofSex("M");
    }

    /** The principal a dependant names, for the fixture to look up. */
    String principalId() {
        return principalId;
    }

    Relationship relationship() {
        return relationship;
    }

    boolean ownClaim() {
        return ownClaim;
    }

    /**
     * The application, not yet stored and not yet linked to its principal (the fixture links a
     * dependant as the desk does).
     *
     * @param now the fixture's clock: made 60 days before it unless {@link #madeOn} says when
     */
    public AsylumApplication build(Instant now) {
        Instant made = madeAt == null ? now.minus(Duration.ofDays(60)) : madeAt;
        AsylumApplication a =
                new AsylumApplication(
                        null,
                        new Person(
                                surname,
                                givenNames,
                                null,
                                dateOfBirth,
                                sex,
                                nationalities,
                                List.of("tir")),
                        interpreter,
                        made,
                        madeWhere,
                        Staff.CLERK,
                        made);
        if (unaccompaniedChild) {
            a.markUnaccompaniedChild();
        }
        a.markSpecialProceduralNeeds(specialProceduralNeeds);
        if (registeredAfter != null) {
            a.register(made.plus(registeredAfter));
        }
        if (lodgedAfter != null) {
            a.lodge(made.plus(lodgedAfter));
        }
        if (officer != null) {
            a.assignOfficer(officer);
        }
        if (reviewer != null) {
            a.assignReviewer(reviewer);
        }
        if (appealOfficer != null) {
            a.assignAppealOfficer(appealOfficer);
        }
        if (representative != null) {
            a.representedBy(representative);
        }
        if (track != null) {
            a.assignTrack(new TrackAssignment(track, "test", null, null, "test", false));
        }
        return a;
    }
}
