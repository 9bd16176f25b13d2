package org.asylon.returns.protection.entity;

/** Where a request for protection was heard. */
public enum RequestOrigin {
    /** At the border (entry's feed). */
    ENTRY,
    /** At reception (reception's referral to the asylum procedure). */
    RECEPTION,
    /** By return's own staff: at the desk, in detention, at the airport, at the border. */
    RETURN
}
