package org.asylon.returns.operation.entity;

/** Where a return operation stands. */
public enum OperationStatus {
    /** Planned; nothing has been carried out. */
    PLANNED,
    /**
     * Carried out: the removal executed or the person handed over at a border, through the gate.
     */
    EXECUTED,
    /** Called off before it was carried out. */
    CANCELLED
}
