package org.asylon.readmission.request.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.asylon.readmission.request.entity.Reply;

/**
 * The desk's reply to a partner's request: ACCEPTED, CONFIRMED (a take-back notification) or
 * REFUSED with reasons.
 */
public record NewReply(
        @NotNull(message = "ACCEPTED, CONFIRMED or REFUSED") Reply decision,
        @Size(max = 2000) String reasons) {}
