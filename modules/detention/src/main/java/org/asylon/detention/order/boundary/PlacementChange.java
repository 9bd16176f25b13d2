package org.asylon.detention.order.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The room the held person moves to. */
public record PlacementChange(
        @NotBlank(message = "is required: the room the person moves to") @Size(max = 36)
                String roomId) {}
