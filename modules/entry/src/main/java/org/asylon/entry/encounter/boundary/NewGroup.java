package org.asylon.entry.encounter.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.asylon.entry.encounter.entity.GroupKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * People registered together — a boat, a family — each member an individual encounter. A family
 * inside a boat group names the boat group as {@code parentGroupId}.
 */
@Schema(example = """
        {"kind":"BOAT","label":"Rubber boat, 43 people","rescue":{"vessel":"MV Example","searchAndRescueRegion":"Malta SRR",
         "placeOfSafety":"Port of Valletta","disembarkedAt":"2026-11-21T05:00:00Z","rescued":43,"dead":2,"missing":3},
         "members":[{"role":"passenger","encounter":{"kind":"RESCUE_AT_SEA","occurredAt":"2026-11-21T05:00:00Z",
           "person":{"statedSurname":"Tesfay","statedGivenNames":"Selam","sex":"F","nationalities":["ERI"],"languages":["tir"]},
           "protectionRequested":{"words":"I need protection"}}}]}""")
public record NewGroup(
        @NotNull(message = "say whether this is a BOAT, a FAMILY or another TRAVEL_GROUP") GroupKind kind,
        @NotBlank(message = "give the group a label officials will recognise") @Size(max = 200) String label,
        @Size(max = 36) String parentGroupId,
        @Valid RescueInput rescue,
        @NotEmpty(message = "register at least one member") @Size(max = 500) List<@Valid @NotNull Member> members) {

    /** One member: their encounter and their role in the group (e.g. head, spouse, child, passenger). */
    public record Member(@Size(max = 50) String role, @NotNull(message = "describe the member's encounter") @Valid NewEncounter encounter) {
    }
}
