package org.asylon.detention.monitoring.entity;

/**
 * What a recommendation is about, so the monitor can file and follow up recommendations by subject
 * (SPT guidance CAT/OP/1/Rev.1 para 45: categorise, file, follow up).
 */
public enum Category {
    LIVING_CONDITIONS,
    SOLITARY_CONFINEMENT,
    CHILDREN,
    LEGAL_SAFEGUARDS,
    HEALTH,
    OTHER
}
