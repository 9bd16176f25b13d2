package org.asylon.reception.household.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Members leaving for a group of their own, with their relationships there (one FOCAL_POINT); if
 * this group's focal point leaves, {@code remainingFocalPoint} names who takes over here.
 */
public record SplitRequest(
        @NotEmpty(message = "name the members to split off") @Size(max = 100)
                List<@Valid @NotNull MemberInput> members,
        @Size(max = 36) String remainingFocalPoint,
        @Size(max = 200) String label) {}
