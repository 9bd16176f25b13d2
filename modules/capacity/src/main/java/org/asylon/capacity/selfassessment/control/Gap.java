package org.asylon.capacity.selfassessment.control;

/**
 * A checklist question the state has not fully covered: {@code status} is the answer level's label
 * or "Not answered"; {@code note} is the state's own remark (may be null).
 */
public record Gap(Question question, String status, String note) {}
