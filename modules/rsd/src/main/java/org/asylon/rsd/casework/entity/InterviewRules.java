package org.asylon.rsd.casework.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Stage;

/**
 * What every interview booking must satisfy. Each refusal names its rule so that the officer can
 * see what would satisfy it. The same-gender request is honoured, not merely noted: a booking that
 * does not meet it is refused, and where the applicant's recorded sex does not say which gender
 * they asked for (X or unknown), the officer must confirm it with them — the software does not
 * guess.
 */
public final class InterviewRules {

    public static final String SAME_GENDER = "rsd.interview.same-gender";
    public static final String SAME_GENDER_UNCONFIRMED = "rsd.interview.same-gender-unconfirmed";
    public static final String INTERPRETER_LANGUAGE = "rsd.interview.interpreter-language";
    public static final String DOUBLE_BOOKING = "rsd.interview.double-booking";
    public static final String RECORD_TIMES = "rsd.interview.record-times";

    static final String SAME_GENDER_BASIS =
            "UNHCR Procedural Standards for RSD (2005), section 3.1.3 (the right to "
                    + "ask for an interviewer of the same gender) and Unit 2.5 (interpretation)";
    static final String LANGUAGE_BASIS =
            "UNHCR Procedural Standards for RSD (2005), Unit 2.5 (interpretation)";

    private InterviewRules() {}

    /**
     * Interviews are held between registration and the first-instance decision (and again after a
     * remittal).
     */
    public static void requireInterviewStage(AsylumApplication a) {
        if (a.stage() != Stage.REGISTERED && a.stage() != Stage.LODGED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Application "
                            + a.id()
                            + " is "
                            + a.stage()
                            + ": interviews are scheduled and recorded only for REGISTERED or LODGED applications.");
        }
    }

    /**
     * When an interview may be booked. Interviews are booked ahead; one that already took place
     * before it was entered (a paper file, a booking made outside the system) is entered after the
     * fact with {@code alreadyHeld}, and only once its slot has ended — until then it is a current
     * interview.
     */
    public static void requireBookableTime(Slot slot, boolean alreadyHeld, Instant now) {
        if (!alreadyHeld) {
            if (!slot.start().isAfter(now)) {
                throw ProblemException.invalidField(
                        "at",
                        "is in the past: to enter an interview that has already "
                                + "taken place, send alreadyHeld: true");
            }
            return;
        }
        if (slot.start().isAfter(now)) {
            throw ProblemException.invalidField(
                    "alreadyHeld",
                    "the interview starts in the future, so it cannot have "
                            + "been held: book it without alreadyHeld");
        }
        if (slot.end().isAfter(now)) {
            throw ProblemException.invalidField(
                    "at",
                    "the interview has not ended yet (it ends at "
                            + slot.end()
                            + "): an interview is entered after the fact only once it has ended");
        }
    }

    /**
     * An interview record says when the interview took place, and that is the day it was booked for
     * (in the legal profile's time zone). An interview held on another day is first rescheduled to
     * when it took place — with {@code alreadyHeld} if that was in the past — so the booking, the
     * events and the audit trail tell the same story as the record.
     */
    public static void requireHeldOnBookedDay(Interview interview, Instant startedAt, ZoneId zone) {
        LocalDate booked = LocalDate.ofInstant(interview.startsAt(), zone);
        LocalDate held = LocalDate.ofInstant(startedAt, zone);
        if (!held.equals(booked)) {
            throw ProblemException.ruleViolated(
                    RECORD_TIMES,
                    null,
                    "startedAt: the record says the interview started "
                            + "on "
                            + held
                            + ", but it is booked for "
                            + booked
                            + " ("
                            + zone.getId()
                            + "). If it took place "
                            + "on another day, reschedule the interview to when it took place first (PUT the interview, with "
                            + "alreadyHeld: true if that was in the past), then write the record.");
        }
    }

    /**
     * Which gender the applicant's same-gender request asks for. It is the recorded sex when that
     * is F or M, unless the officer confirmed another answer with the applicant; for X or an
     * unknown sex the officer's confirmation is required.
     *
     * @param confirmed the gender the officer confirmed with the applicant, or null
     */
    public static GenderNeed genderNeed(AsylumApplication a, Gender confirmed, String officer) {
        InterpreterNeeds needs = a.interpreter();
        boolean interviewer = needs != null && needs.sameGenderInterviewer();
        boolean interpreter = needs != null && needs.sameGenderInterpreter();
        if (!interviewer && !interpreter) {
            return GenderNeed.none();
        }
        if (confirmed != null) {
            return new GenderNeed(interviewer, interpreter, confirmed, officer);
        }
        Gender recorded = Gender.ofSex(a.person() == null ? null : a.person().sex()).orElse(null);
        if (recorded == null || recorded == Gender.X) {
            throw ProblemException.ruleViolated(
                    SAME_GENDER_UNCONFIRMED,
                    SAME_GENDER_BASIS,
                    "The applicant asked for "
                            + "an interviewer or interpreter of the same gender, and their recorded sex is "
                            + (recorded == null ? "unknown" : "X")
                            + ", which does not say which gender that is. Ask the "
                            + "applicant and send their answer as confirmedGender (F, M or X); it is recorded with your name.");
        }
        return new GenderNeed(interviewer, interpreter, recorded, null);
    }

    /** The interviewer and interpreter fit the applicant's language and same-gender request. */
    public static void requireFit(Booking b) {
        if (!b.interviewer().active()) {
            throw ProblemException.invalidField(
                    "interviewer",
                    "interviewer "
                            + b.interviewer().userName()
                            + " is no longer active in the registry");
        }
        if (b.interpreter() != null && !b.interpreter().active()) {
            throw ProblemException.invalidField(
                    "interpreterId",
                    "interpreter " + b.interpreter().id() + " is no longer active in the registry");
        }
        String language = b.language();
        if (language == null && b.interpreter() != null) {
            throw ProblemException.invalidField(
                    "interpreterId",
                    "the application records no interpreter language: "
                            + "no interpreter is needed");
        }
        if (language != null && b.interpreter() == null && !b.interviewer().speaks(language)) {
            throw ProblemException.ruleViolated(
                    INTERPRETER_LANGUAGE,
                    LANGUAGE_BASIS,
                    "The applicant is interviewed in "
                            + language
                            + " and interviewer "
                            + b.interviewer().userName()
                            + " does not speak it: book an "
                            + "interpreter for "
                            + language
                            + ".");
        }
        if (b.interpreter() != null && !b.interpreter().speaks(language)) {
            throw ProblemException.ruleViolated(
                    INTERPRETER_LANGUAGE,
                    LANGUAGE_BASIS,
                    "Interpreter "
                            + b.interpreter().name()
                            + " does not interpret "
                            + language
                            + " (speaks "
                            + String.join(", ", b.interpreter().languages())
                            + ").");
        }
        GenderNeed need = b.need();
        if (need.sameGenderInterviewer() && b.interviewer().gender() != need.gender()) {
            throw ProblemException.ruleViolated(
                    SAME_GENDER,
                    SAME_GENDER_BASIS,
                    "The applicant asked for an "
                            + "interviewer of the same gender ("
                            + need.gender().words()
                            + "); interviewer "
                            + b.interviewer().userName()
                            + " is "
                            + b.interviewer().gender().words()
                            + ".");
        }
        if (need.sameGenderInterpreter()
                && b.interpreter() != null
                && b.interpreter().gender() != need.gender()) {
            throw ProblemException.ruleViolated(
                    SAME_GENDER,
                    SAME_GENDER_BASIS,
                    "The applicant asked for an "
                            + "interpreter of the same gender ("
                            + need.gender().words()
                            + "); interpreter "
                            + b.interpreter().name()
                            + " is "
                            + b.interpreter().gender().words()
                            + ".");
        }
    }

    /** Whether {@code interviewer} could hold the interview, ignoring whether they are free. */
    public static boolean fits(
            Interviewer interviewer,
            String language,
            boolean interpreterAvailable,
            GenderNeed need) {
        return interviewer.active()
                && (!need.sameGenderInterviewer() || interviewer.gender() == need.gender())
                && (language == null || interpreterAvailable || interviewer.speaks(language));
    }

    /**
     * Whether {@code interpreter} could interpret the interview, ignoring whether they are free.
     */
    public static boolean fits(Interpreter interpreter, String language, GenderNeed need) {
        return interpreter.active()
                && interpreter.speaks(language)
                && (!need.sameGenderInterpreter() || interpreter.gender() == need.gender());
    }

    /**
     * Nobody is in two interviews at once.
     *
     * @param who "interviewer x", "interpreter y" or "the applicant"
     * @param taken the slots of that person's other scheduled interviews
     */
    public static void requireFree(String who, Slot slot, Collection<Slot> taken) {
        for (Slot other : taken) {
            if (other.overlaps(slot)) {
                throw ProblemException.ruleViolated(
                        DOUBLE_BOOKING,
                        null,
                        "Cannot book "
                                + who
                                + " from "
                                + slot.start()
                                + " to "
                                + slot.end()
                                + ": already booked from "
                                + other.start()
                                + " to "
                                + other.end()
                                + ".");
            }
        }
    }
}
