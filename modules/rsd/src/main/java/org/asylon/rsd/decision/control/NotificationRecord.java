package org.asylon.rsd.decision.control;

import java.time.Instant;
import org.asylon.rsd.decision.entity.NotificationMethod;

/**
 * How the decision was notified, as the officer records it (checked by {@link
 * DecisionDesk#notify}).
 */
public record NotificationRecord(
        Instant notifiedAt,
        String language,
        NotificationMethod method,
        Boolean appealInformationGiven,
        String appealInformationText) {}
