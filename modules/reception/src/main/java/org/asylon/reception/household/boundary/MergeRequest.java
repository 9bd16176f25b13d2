package org.asylon.reception.household.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Family reunification: the group {@code householdId} (as read at {@code version}, optional) joins
 * this one. Its members' relationships to this group's focal point are restated in {@code
 * relationships}; those left out become OTHER_RELATIVE.
 */
public record MergeRequest(
        @NotBlank(message = "name the group to merge into this one") @Size(max = 36)
                String householdId,
        Long version,
        @Size(max = 100) List<@Valid @NotNull MemberInput> relationships) {}
