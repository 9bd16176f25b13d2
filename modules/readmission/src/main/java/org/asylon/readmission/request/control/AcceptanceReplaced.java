package org.asylon.readmission.request.control;

import java.time.Instant;

/**
 * A CDI event: a tacit acceptance this state applied gave way to the partner's express reply,
 * signed as given in time. {@code accepted} false: the request was refused after all, and the
 * transfer that opened must not happen; true: it was accepted expressly at {@code at}, and the
 * transfer period runs from then.
 */
public record AcceptanceReplaced(String requestId, boolean accepted, Instant at) {}
