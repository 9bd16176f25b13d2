package org.asylon.reception.household.entity;

/**
 * proGres keeps people who live together (a household) apart from people who merely travelled
 * together.
 */
public enum HouseholdKind {
    HOUSEHOLD,
    TRAVEL_GROUP
}
