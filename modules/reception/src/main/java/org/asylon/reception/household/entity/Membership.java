package org.asylon.reception.household.entity;

/** Who should be in a group and how they relate to its focal point: the input of every change. */
public record Membership(String arrivalId, Relationship relationship) {}
