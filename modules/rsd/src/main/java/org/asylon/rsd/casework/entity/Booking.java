package org.asylon.rsd.casework.entity;

/**
 * Everything an interview is booked with; checked by {@link InterviewRules} before it is stored.
 */
public record Booking(
        Slot slot,
        String location,
        Interviewer interviewer,
        Interpreter interpreter,
        String language,
        GenderNeed need) {}
