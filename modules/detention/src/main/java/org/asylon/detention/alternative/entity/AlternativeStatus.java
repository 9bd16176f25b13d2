package org.asylon.detention.alternative.entity;

/** Whether an alternative to detention is in force. */
public enum AlternativeStatus {
    ACTIVE,
    ENDED
}
