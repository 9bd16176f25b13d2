package org.asylon.reception.partner.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * A referral to a partner: the partner, the purpose, and either the person's {@code consent}
 * ({@code given: true}) or the {@code notNeededReason} (e.g. a child's best interests).
 */
public record NewPartnerReferral(
        @NotBlank(message = "give the partner's id") String partnerId,
        @NotBlank(message = "give the purpose") String purpose,
        ConsentRecord consent,
        @Size(max = 1000) String notNeededReason) {

    /** The person's consent as recorded by an officer (by default the caller, now). */
    public record ConsentRecord(Boolean given, String recordedBy, Instant recordedAt) {}
}
