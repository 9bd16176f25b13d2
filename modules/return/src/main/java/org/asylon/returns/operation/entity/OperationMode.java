package org.asylon.returns.operation.entity;

/** How the person is taken to the country of return. */
public enum OperationMode {
    /** By air, on a scheduled or a charter flight. */
    FLIGHT,
    /** Across a land border. */
    LAND,
    /** By sea. */
    SEA
}
