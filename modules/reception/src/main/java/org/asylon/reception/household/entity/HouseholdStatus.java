package org.asylon.reception.household.entity;

/** A merged group is kept (its history is evidence) but has no members any more. */
public enum HouseholdStatus {
    ACTIVE,
    MERGED
}
