package org.asylon.rsd.casework.entity;

import jakarta.validation.constraints.Size;

/**
 * The analysis of complementary (subsidiary) protection, for an applicant who may not be a refugee.
 */
public record ComplementaryProtection(@Size(max = 20000) String analysis, Finding finding) {

    public enum Finding {
        ELIGIBLE,
        NOT_ELIGIBLE,
        NOT_ASSESSED
    }
}
