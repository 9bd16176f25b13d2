package org.asylon.entry.encounter.entity;

import java.util.Map;

/**
 * The rules of border entry, each key declared here once, and the values of the active legal profile
 * that an encounter needs to decide its outcome: the refusal grounds the state's law allows (code to
 * legal basis) and the legal basis of the prohibition of refoulement that bars refusing a person who
 * asked for protection.
 *
 * @param refusalGrounds      {@value #REFUSAL_GROUNDS}: ground code to its legal basis
 * @param nonRefoulementBasis {@value #NON_REFOULEMENT_BASIS}
 */
public record EntryRules(Map<String, String> refusalGrounds, String nonRefoulementBasis) {

    /** Profile: the coded grounds on which entry may be refused, each with its legal basis. */
    public static final String REFUSAL_GROUNDS = "entry.refusal.grounds";
    /** Profile: the legal basis of non-refoulement, named when a refusal is refused. */
    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";
    /** No refusal of entry for a person who asked for protection (1951 Convention Art 33). */
    public static final String NON_REFOULEMENT = "entry.non-refoulement";
    /** No refusal of entry for an unaccompanied child. */
    public static final String UNACCOMPANIED_CHILD = "entry.unaccompanied-child";
    /** Profile: whether persons met at the border are screened. */
    public static final String SCREENING_APPLIES = "entry.screening.applies";
    /** A completed screening form can no longer be changed. */
    public static final String SCREENING_COMPLETED = "entry.screening.completed";
    /** Profile: the time limit of the screening. */
    public static final String SCREENING_DEADLINE = "entry.screening.deadline";
    /** Profile: the reduced limit for a person already held at the border longer than the threshold. */
    public static final String SCREENING_DEADLINE_HELD = "entry.screening.deadline.held-over-threshold";
    /** Profile: the stay at the border after which the reduced limit applies. */
    public static final String SCREENING_HELD_THRESHOLD = "entry.screening.held-threshold";

    public EntryRules {
        refusalGrounds = Map.copyOf(refusalGrounds);
    }
}
