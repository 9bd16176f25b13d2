package org.asylon.reception.arrival.boundary;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.asylon.reception.arrival.entity.Channel;

/** The channels decided after counselling, and why. */
public record ReferralDecision(
        @NotEmpty(message = "choose at least one channel") Set<Channel> channels,
        @Size(max = 1000) String reason) {}
