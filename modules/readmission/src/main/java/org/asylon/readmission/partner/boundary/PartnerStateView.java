package org.asylon.readmission.partner.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.readmission.partner.entity.PartnerKey;
import org.asylon.readmission.partner.entity.PartnerState;

/** A partner state as the API shows it, with its keys (public keys only). */
public record PartnerStateView(
        String country,
        long version,
        String name,
        String endpoint,
        List<String> regimes,
        boolean active,
        Instant registeredAt,
        String registeredBy,
        List<KeyView> keys) {

    /** One of the partner's signing keys. */
    public record KeyView(
            String keyId,
            String publicKey,
            Instant addedAt,
            String addedBy,
            Instant retiredAt,
            String retiredBy,
            boolean current) {
        public static KeyView of(PartnerKey k) {
            return new KeyView(
                    k.keyId(),
                    "-----BEGIN PUBLIC KEY-----\n" + k.publicKey() + "\n-----END PUBLIC KEY-----\n",
                    k.addedAt(),
                    k.addedBy(),
                    k.retiredAt(),
                    k.retiredBy(),
                    k.current());
        }
    }

    public static PartnerStateView of(PartnerState p, List<PartnerKey> keys) {
        return new PartnerStateView(
                p.country(),
                p.version(),
                p.name(),
                p.endpoint(),
                p.regimes(),
                p.active(),
                p.registeredAt(),
                p.registeredBy(),
                keys.stream().map(KeyView::of).toList());
    }
}
