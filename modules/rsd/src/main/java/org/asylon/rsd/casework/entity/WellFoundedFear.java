package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.Size;

/**
 * The analysis of the well-founded fear: the applicant's fear, its objective basis, the conclusion.
 */
public record WellFoundedFear(
        @Size(max = 20000) String subjectiveElement,
        @Size(max = 20000) String objectiveElement,
        Finding finding) {

    public enum Finding {
        ESTABLISHED,
        NOT_ESTABLISHED
    }
}
