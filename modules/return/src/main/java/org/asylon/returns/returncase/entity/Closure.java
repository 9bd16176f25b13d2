package org.asylon.returns.returncase.entity;

/** How a return case ended. */
public enum Closure {
    /** The person left within the voluntary departure period, on their own or with AVRR. */
    DEPARTED_VOLUNTARILY,
    /** A removal was executed (or the person handed over at a border). */
    REMOVED,
    /** A regular stay instead of return: labour, study, family reunification, humanitarian stay. */
    ALTERNATIVE_OUTCOME,
    /** Protection was granted: nobody may ever remove the person on this case. */
    PROTECTION_GRANTED,
    /**
     * A readmission transfer took the person to the partner state responsible for them
     * (readmission's {@code transfer-executed}, OUTGOING): not a return, so no entry ban runs from
     * it.
     */
    TRANSFERRED,
    /** The authority ended the case for another reason (e.g. the border's refusal was revised). */
    DISCONTINUED
}
