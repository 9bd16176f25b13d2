package org.asylon.capacity.selfassessment.control;

/** The state's answer to one checklist question, with its own remark ({@code note} may be null). */
public record Answer(String questionId, String level, String note) {}
