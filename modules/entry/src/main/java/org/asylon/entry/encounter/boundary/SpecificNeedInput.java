package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.entry.encounter.control.Registration;
import org.asylon.entry.encounter.entity.SpecificNeed;

/**
 * A specific need noticed by the officer: {@code category} is a code of the suite's set (UNHCR's
 * standardized specific-needs categories, e.g. SC, or a sub-code, e.g. SC-UC, or OTHER); the codes
 * entry used before (e.g. POSSIBLE_VICTIM_OF_TRAFFICKING) are still accepted and taken as their
 * code.
 */
public record SpecificNeedInput(
        @NotNull(message = "choose the code of the need") @Size(max = 50) String category,
        @Size(max = 1000) String note) {

    /**
     * @throws org.asylon.kernel.problem.ProblemException naming {@code category} for a code not in
     *     the set
     */
    Registration.Need toNeed() {
        return new Registration.Need(SpecificNeed.codeOf(category), note);
    }
}
