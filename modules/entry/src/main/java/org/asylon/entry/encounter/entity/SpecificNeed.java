package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.asylon.kernel.code.SpecificNeeds;
import org.asylon.kernel.problem.ProblemException;

/**
 * A specific need noticed at the border, who noted it and when; reception assesses it fully. The
 * need is a code of the suite's one set ({@link SpecificNeeds}: UNHCR's standardized categories,
 * labelled unconfirmed).
 */
@Embeddable
public class SpecificNeed {

    /** The category of an unaccompanied or separated child (SC and its sub-codes). */
    public static final String CHILD_ALONE = "SC";

    /** The category of a child at risk. */
    public static final String CHILD_AT_RISK = "CR";

    @Column(name = "category", nullable = false)
    private String category;

    @Column(name = "note", length = 1000)
    private String note;

    @Column(name = "noted_by", nullable = false)
    private String notedBy;

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    protected SpecificNeed() {}

    /**
     * @param code a code of the set, or a code entry used before (taken as its code); see {@link
     *     #codeOf}
     */
    public SpecificNeed(String code, String note, String notedBy, Instant notedAt) {
        this.category = codeOf(code);
        this.note = note;
        this.notedBy = notedBy;
        this.notedAt = notedAt;
    }

    /**
     * The code of the set for what the officer chose: a code of the set, or one entry used before
     * (e.g. POSSIBLE_VICTIM_OF_TRAFFICKING is LP-TP).
     *
     * @throws ProblemException naming {@code category} for anything else
     */
    public static String codeOf(String given) {
        if (given == null || given.isBlank()) {
            throw ProblemException.invalidField("category", "choose the code of the need");
        }
        return SpecificNeeds.resolve(given.trim())
                .map(SpecificNeeds.Need::code)
                .orElseThrow(
                        () ->
                                ProblemException.invalidField(
                                        "category",
                                        "'"
                                                + given
                                                + "' is not a specific-needs code: a category (SC,"
                                                + " CR, WR, SP, ER, DS, SM, TR, SV, FU, LP), one of its sub-codes (e.g. SC-UC) or OTHER"));
    }

    /** The code of the set, e.g. {@code SC-UC}. */
    public String category() {
        return category;
    }

    /**
     * The code's category, e.g. {@code SC} for {@code SC-UC}; a code kept from before is its own.
     */
    public String group() {
        return SpecificNeeds.resolve(category).map(SpecificNeeds.Need::category).orElse(category);
    }

    public String note() {
        return note;
    }

    public String notedBy() {
        return notedBy;
    }

    public Instant notedAt() {
        return notedAt;
    }
}
