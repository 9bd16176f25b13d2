package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * The legal profile to start from, with the reasoning that led to it (each rule checked, in order)
 * and notes on what the state must still set in its own profile. {@code shipped} tells whether the
 * profile is in this installation; {@code startFrom} is what to use today (the profile itself, or
 * the nearest shipped one while it is being added).
 */
public record ProfileRecommendation(
        String profile,
        boolean shipped,
        String startFrom,
        List<String> reasoning,
        List<String> notes) {

    public ProfileRecommendation {
        reasoning = List.copyOf(reasoning);
        notes = List.copyOf(notes);
    }
}
