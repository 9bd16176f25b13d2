package org.asylon.rsd.decision.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The second officer's review of a draft decision: approve it (it is issued) or return it with
 * comments.
 */
public record Review(
        @NotNull(message = "is required: APPROVE or RETURN") Action action,
        @Size(max = 20000, message = "must be at most 20000 characters") String comments) {

    public enum Action {
        APPROVE,
        RETURN
    }
}
