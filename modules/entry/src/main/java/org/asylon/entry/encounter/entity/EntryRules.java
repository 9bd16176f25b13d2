package org.asylon.entry.encounter.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * The rules of border entry, each key declared here once, and the values of the active legal
 * profile that an encounter needs to decide its outcome: the refusal grounds the state's law allows
 * (code to legal basis), the legal basis of the prohibition of refoulement that bars refusing a
 * person who asked for protection, the age below which a person is a child and whether a child may
 * be detained.
 *
 * @param refusalGrounds {@value #REFUSAL_GROUNDS}: ground code to its legal basis
 * @param nonRefoulementBasis {@value #NON_REFOULEMENT_BASIS}
 * @param ageOfMajority {@value #AGE_OF_MAJORITY}, in years
 * @param childDetention {@value #CHILD_DETENTION}
 * @param childDetentionBasis the legal basis of {@code childDetention}, named when a handover is
 *     refused
 * @param zone the profile's legal time zone, in which a person's age is counted
 */
public record EntryRules(
        Map<String, String> refusalGrounds,
        String nonRefoulementBasis,
        int ageOfMajority,
        ChildDetention childDetention,
        String childDetentionBasis,
        ZoneId zone) {

    /** Profile: the coded grounds on which entry may be refused, each with its legal basis. */
    public static final String REFUSAL_GROUNDS = "entry.refusal.grounds";

    /** Profile: the legal basis of non-refoulement, named when a refusal is refused. */
    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";

    /** No refusal of entry for a person who asked for protection (1951 Convention Art 33). */
    public static final String NON_REFOULEMENT = "entry.non-refoulement";

    /** No refusal of entry for an unaccompanied child. */
    public static final String UNACCOMPANIED_CHILD = "entry.unaccompanied-child";

    /** Profile: the age (years) below which a person is treated as a child. */
    public static final String AGE_OF_MAJORITY = "entry.child.age-of-majority";

    /**
     * Profile: whether a child may be detained ({@code never}, or {@code last-resort} with recorded
     * reasons). The detention module reads the same rule: a state answers the question once.
     */
    public static final String CHILD_DETENTION = "detention.children";

    /**
     * A decided outcome that the rules now forbid cannot be carried out until a supervisor revises
     * it.
     */
    public static final String OUTCOME_SUSPENDED = "entry.outcome.suspended";

    /** Profile: whether persons met at the border are screened. */
    public static final String SCREENING_APPLIES = "entry.screening.applies";

    /** A completed screening form can no longer be changed. */
    public static final String SCREENING_COMPLETED = "entry.screening.completed";

    /** Profile: the time limit of the screening. */
    public static final String SCREENING_DEADLINE = "entry.screening.deadline";

    /**
     * Profile: the reduced limit for a person already held at the border longer than the threshold.
     */
    public static final String SCREENING_DEADLINE_HELD =
            "entry.screening.deadline.held-over-threshold";

    /** Profile: the stay at the border after which the reduced limit applies. */
    public static final String SCREENING_HELD_THRESHOLD = "entry.screening.held-threshold";

    /** The choices of {@value #CHILD_DETENTION}, with their profile codes. */
    public enum ChildDetention {
        /** A child is never detained. */
        NEVER("never"),
        /** Exceptionally, as a last resort, with the reasons recorded. */
        LAST_RESORT("last-resort");

        private final String code;

        ChildDetention(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        /**
         * @throws IllegalArgumentException for a code the catalogue does not know
         */
        public static ChildDetention of(String code) {
            for (ChildDetention choice : values()) {
                if (choice.code.equals(code)) {
                    return choice;
                }
            }
            throw new IllegalArgumentException(
                    "unknown " + CHILD_DETENTION + " choice '" + code + "'");
        }
    }

    public EntryRules {
        refusalGrounds = Map.copyOf(refusalGrounds);
    }

    /** The day, in the profile's legal time zone, on which a person's age is counted. */
    public LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
