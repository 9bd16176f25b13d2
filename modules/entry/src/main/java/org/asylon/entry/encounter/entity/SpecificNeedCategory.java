package org.asylon.entry.encounter.entity;

/**
 * Specific needs a border official can notice at first contact, following the groups of UNHCR's
 * specific-needs categories; the reception module records the full, coded assessment.
 */
public enum SpecificNeedCategory {
    UNACCOMPANIED_OR_SEPARATED_CHILD,
    CHILD_AT_RISK,
    WOMAN_AT_RISK,
    OLDER_PERSON_AT_RISK,
    DISABILITY,
    SERIOUS_MEDICAL_CONDITION,
    SURVIVOR_OF_TORTURE_OR_VIOLENCE,
    POSSIBLE_VICTIM_OF_TRAFFICKING,
    PREGNANT_OR_LACTATING,
    SOGIESC_RELATED_RISK,
    FAMILY_SEPARATED,
    OTHER
}
