package org.asylon.readmission.transfer.control;

import java.time.Instant;

/**
 * The officer's own check with the asylum authority, given at the moment of the transfer: where
 * from, its reference, when, what it found, and whether the person fears the receiving state.
 */
public record OfficersCheck(
        String source,
        String reference,
        Instant checkedAt,
        Finding finding,
        boolean fearsDestination) {}
