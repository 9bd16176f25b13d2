package org.asylon.readmission.statelink.control;

import jakarta.json.JsonObject;

/**
 * A CDI event: a partner acknowledged one of this state's messages, with its answer. Fired in the
 * transaction that records the delivery, so that what the answer teaches (the partner's receipt
 * time, from which the reply period runs) commits with it.
 */
public record MessageDelivered(String kind, String requestRef, String country, JsonObject answer) {}
