package org.asylon.detention.monitoring.entity;

/**
 * Who was interviewed (OPCAT Art 20(d): the people held, and anyone who may supply information).
 */
public enum IntervieweeRole {
    DETAINED_PERSON,
    STAFF,
    OTHER
}
