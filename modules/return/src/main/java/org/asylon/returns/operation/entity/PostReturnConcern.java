package org.asylon.returns.operation.entity;

/**
 * The main concern a post-return report raises (a code for the feed; the words stay in the note).
 */
public enum PostReturnConcern {
    NONE,
    /** The person reports threats or harm, or fears for their safety. */
    SAFETY,
    /** The person was detained or questioned on arrival. */
    DETAINED_ON_ARRIVAL,
    HEALTH,
    /** No shelter, income or access to basic services. */
    LIVELIHOOD,
    OTHER
}
