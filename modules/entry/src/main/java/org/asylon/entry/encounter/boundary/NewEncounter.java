package org.asylon.entry.encounter.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.entry.encounter.control.PersonFacts;
import org.asylon.entry.encounter.control.Registration;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.asylon.kernel.problem.ProblemException;

/** An encounter to register: one person, met at a crossing point or at sea. */
public record NewEncounter(
        @NotNull(message = "say how the person was met") EncounterKind kind,
        @Size(max = 36) String crossingPointId,
        @Size(max = 500) String locationDescription,
        @NotNull(message = "give the date and time of the encounter")
                @PastOrPresent(message = "cannot be in the future")
                OffsetDateTime occurredAt,
        @PastOrPresent(message = "cannot be in the future") OffsetDateTime heldAtBorderSince,
        @NotNull(message = "describe the person") @Valid PersonInput person,
        @Size(max = 5) List<@Valid @NotNull DocumentInput> documents,
        Boolean unaccompaniedChild,
        @Valid ProtectionRequestInput protectionRequested,
        @Size(max = 20) List<@Valid @NotNull SpecificNeedInput> specificNeeds) {

    /** JSON booleans are strict ({@code true}/{@code false}); absent means no. */
    public boolean isUnaccompaniedChild() {
        return Boolean.TRUE.equals(unaccompaniedChild);
    }

    public List<DocumentInput> documentsOrEmpty() {
        return documents == null ? List.of() : documents;
    }

    public List<SpecificNeedInput> specificNeedsOrEmpty() {
        return specificNeeds == null ? List.of() : specificNeeds;
    }

    /**
     * The needs as codes of the set; a code not in it is refused naming {@code
     * specificNeeds[i].category}.
     */
    private List<Registration.Need> needs() {
        List<Registration.Need> needs = new java.util.ArrayList<>();
        List<SpecificNeedInput> given = specificNeedsOrEmpty();
        for (int i = 0; i < given.size(); i++) {
            try {
                needs.add(given.get(i).toNeed());
            } catch (ProblemException e) {
                throw e.prefixFields("specificNeeds[" + i + "].");
            }
        }
        return needs;
    }

    Registration toRegistration() {
        PersonFacts facts;
        try {
            facts = person.toFacts();
        } catch (ProblemException e) {
            throw e.prefixFields("person.");
        }
        return new Registration(
                kind,
                crossingPointId,
                locationDescription,
                occurredAt.toInstant(),
                heldAtBorderSince == null ? null : heldAtBorderSince.toInstant(),
                facts,
                documentsOrEmpty().stream().map(DocumentInput::toFacts).toList(),
                isUnaccompaniedChild(),
                protectionRequested != null,
                protectionRequested == null ? null : protectionRequested.words(),
                protectionRequested == null ? null : protectionRequested.requestedInstant(),
                needs());
    }
}
