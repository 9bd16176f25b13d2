package org.asylon.entry.encounter.control;

import java.time.Instant;
import java.util.List;
import org.asylon.entry.encounter.entity.EncounterKind;

/**
 * An encounter to register: one person, met at a crossing point or at sea, with the documents they
 * carry, whether they asked for protection (in what words, and when if not at the encounter itself)
 * and the specific needs noticed.
 */
public record Registration(
        EncounterKind kind,
        String crossingPointId,
        String locationDescription,
        Instant occurredAt,
        Instant heldAtBorderSince,
        PersonFacts person,
        List<DocumentFacts> documents,
        boolean unaccompaniedChild,
        boolean protectionRequested,
        String protectionRequestWords,
        Instant protectionRequestedAt,
        List<Need> specificNeeds) {

    /**
     * A specific need noticed at registration: {@code category} is a code of the suite's set
     * (SpecificNeeds).
     */
    public record Need(String category, String note) {}

    public Registration {
        documents = documents == null ? List.of() : List.copyOf(documents);
        specificNeeds = specificNeeds == null ? List.of() : List.copyOf(specificNeeds);
    }
}
