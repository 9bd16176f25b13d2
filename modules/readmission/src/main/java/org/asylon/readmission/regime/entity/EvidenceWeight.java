package org.asylon.readmission.regime.entity;

/** Whether the regime treats a category of evidence as proof or as circumstantial (prima facie). */
public enum EvidenceWeight {
    PROOF,
    CIRCUMSTANTIAL
}
