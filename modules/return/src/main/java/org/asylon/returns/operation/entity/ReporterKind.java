package org.asylon.returns.operation.entity;

/** Who reported back after return. */
public enum ReporterKind {
    /** The partner organisation designated on the operation (e.g. IOM). */
    PARTNER,
    /** A forced-return monitor. */
    MONITOR
}
