package org.asylon.rsd.casework.entity;

/** How an appointment notice reached the applicant. */
public enum Delivery {
    /** Handed to the applicant in person. */
    IN_PERSON,
    /** Handed over and read to the applicant by an interpreter. */
    READ_OUT_BY_INTERPRETER,
    POST,
    EMAIL,
    /** Given to the applicant's legal representative. */
    TO_REPRESENTATIVE,
    /** Through the reception facility where the applicant lives. */
    VIA_RECEPTION_FACILITY
}
