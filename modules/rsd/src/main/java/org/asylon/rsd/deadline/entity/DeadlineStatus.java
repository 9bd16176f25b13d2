package org.asylon.rsd.deadline.entity;

/** Where a deadline stands today. */
public enum DeadlineStatus {
    /** Open, due after the alert window. */
    OPEN,
    /** Open and due within the alert window ({@code asylon.rsd.deadline.alert-window}). */
    DUE_SOON,
    /** Open and past its due date. */
    OVERDUE,
    /** The stage change that satisfies it happened. */
    MET,
    /** The application was withdrawn before the limit was met. */
    CLOSED
}
