package org.asylon.capacity.selfassessment.control;

import java.util.List;
import java.util.Optional;

/** A fact about the state's legal situation that decides which legal profile to start from. */
public record ProfileQuestion(String id, String text, List<Option> options) {

    public ProfileQuestion {
        options = List.copyOf(options);
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
