package org.asylon.readmission.transfer.entity;

/** Where a transfer stands. */
public enum TransferState {
    /** Sending side: the request was accepted; the transfer decision is still to be taken. */
    AWAITING_DECISION,
    /** Sending side: decided and notified to the person; the transfer may follow. */
    DECIDED,
    /** Receiving side: the partner may transfer the person within the period. */
    EXPECTED,
    EXECUTED,
    /** The transfer period ran out; what follows is the regime's {@code regime.transfer.lapse}. */
    LAPSED,
    /** The transfer will not happen (an appeal upheld, the request withdrawn). */
    CANCELLED;

    public boolean open() {
        return this == AWAITING_DECISION || this == DECIDED || this == EXPECTED;
    }
}
