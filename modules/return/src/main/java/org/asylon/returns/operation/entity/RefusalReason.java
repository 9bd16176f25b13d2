package org.asylon.returns.operation.entity;

/** Why the consulate refused a travel document, as far as it said. */
public enum RefusalReason {
    /** The consulate did not accept that the person is a national (or resident) of its state. */
    NATIONALITY_NOT_ESTABLISHED,
    /** The consulate could not establish who the person is. */
    IDENTITY_NOT_ESTABLISHED,
    /** The consulate gave no reason. */
    NO_REASON_GIVEN,
    /** Another reason, in the note. */
    OTHER
}
