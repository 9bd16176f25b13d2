package org.asylon.detention.alternative.entity;

/** Whether the person complied with the alternative's conditions on one occasion. */
public enum ComplianceKind {
    COMPLIED,
    BREACH
}
