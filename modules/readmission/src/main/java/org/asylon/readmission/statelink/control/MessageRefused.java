package org.asylon.readmission.statelink.control;

/**
 * A CDI event: a partner refused one of this state's messages for good (a problem a retry will not
 * change). The liaison officer is told; nothing is retried until they act.
 */
public record MessageRefused(
        String kind, String requestRef, String country, int status, String problem) {}
