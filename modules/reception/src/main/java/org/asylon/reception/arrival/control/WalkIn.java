package org.asylon.reception.arrival.control;

import java.util.List;

/**
 * A person registered at the desk without passing a border post, as the officer recorded them.
 * {@code specificNeeds} is null when none were disclosed.
 */
public record WalkIn(
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        boolean dateOfBirthEstimated,
        String sex,
        List<String> nationalities,
        List<String> languages,
        boolean unaccompaniedChild,
        boolean asylumRequested,
        List<String> specificNeeds) {}
