package org.asylon.capacity.selfassessment.control;

import java.util.List;

/**
 * One of the ten components of the Plan. {@code title} is the Plan's heading; {@code
 * annexObjective} the (slightly different) heading of the same objective in Annex I, kept so both
 * can be cited.
 */
public record Component(int number, String title, String annexObjective, List<Question> questions) {

    public Component {
        questions = List.copyOf(questions);
    }

    public String label() {
        return number + ". " + title;
    }
}
