package org.asylon.returns.avrr.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.asylon.kernel.partner.Consent;

/**
 * A referral of the case to an AVRR partner, with the person's own consent ({@code given: true});
 * without it the referral is refused ({@code return.avrr.voluntariness}).
 */
public record NewAvrrReferral(
        @NotBlank(message = "give the partner's id") @Size(max = 36) String partnerId,
        @Valid ConsentRecord consent) {

    /** The person's consent as an officer recorded it (by default the caller, now). */
    public record ConsentRecord(
            Boolean given, @Size(max = 100) String recordedBy, Instant recordedAt) {}

    Consent toConsent() {
        return consent == null
                ? null
                : new Consent(
                        Boolean.TRUE.equals(consent.given()),
                        consent.recordedBy(),
                        consent.recordedAt(),
                        null);
    }
}
