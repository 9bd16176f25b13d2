package org.asylon.readmission.request.control;

import java.time.Instant;

/**
 * A CDI event: a request was accepted, expressly or by silence, on either side; the transfer
 * component opens the transfer that follows.
 *
 * @param acceptedAt the express reply, or the end of the reply period for a tacit acceptance
 */
public record RequestAccepted(String requestId, Instant acceptedAt) {}
