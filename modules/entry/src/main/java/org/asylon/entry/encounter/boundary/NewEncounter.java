package org.asylon.entry.encounter.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.entry.encounter.entity.EncounterKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An encounter to register: one person, met at a crossing point or at sea. */
@Schema(example = """
        {"kind":"RESCUE_AT_SEA","locationDescription":"Port of Lampedusa, quay 3","occurredAt":"2026-11-20T06:30:00Z",
         "person":{"documentSurname":"HADDAD","documentGivenNames":"MOHAMMED","statedSurname":"Haddad",
           "statedGivenNames":"Muhammad","originalScriptName":"محمد حداد","dateOfBirth":"1990-05",
           "dateOfBirthEstimated":false,"sex":"M","nationalities":["SYR"],"languages":["ara"]},
         "documents":[{"mrz":"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"}],
         "unaccompaniedChild":false,"protectionRequested":{"words":"I ask for asylum"},
         "specificNeeds":[{"category":"SERIOUS_MEDICAL_CONDITION","note":"insulin-dependent"}]}""")
public record NewEncounter(
        @NotNull(message = "say how the person was met") EncounterKind kind,
        @Size(max = 36) String crossingPointId,
        @Size(max = 500) String locationDescription,
        @NotNull(message = "give the date and time of the encounter")
        @PastOrPresent(message = "cannot be in the future") OffsetDateTime occurredAt,
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
}
