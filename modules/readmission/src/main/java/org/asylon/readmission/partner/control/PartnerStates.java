package org.asylon.readmission.partner.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.readmission.partner.entity.PartnerKey;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.regime.control.RegimeBook;

/**
 * The register of partner states and their keys, kept by the readmission authority. A partner's
 * regimes must be regimes the active profile binds; its keys are RSA keys of at least 2048 bits.
 * Every change is audited; a partner is deactivated, never deleted.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PartnerStates {

    static final String RECORD = "partner-state";
    private static final int MIN_KEY_BITS = 2048;

    private EntityManager em;
    private RegimeBook regimes;
    private AuditTrail audit;
    private Clock clock;

    protected PartnerStates() {
        // for CDI's client proxy
    }

    @Inject
    public PartnerStates(EntityManager em, RegimeBook regimes, AuditTrail audit, Clock clock) {
        this.em = em;
        this.regimes = regimes;
        this.audit = audit;
        this.clock = clock;
    }

    public PartnerState register(
            String country, String name, String endpoint, List<String> codes, String by) {
        if (em.find(PartnerState.class, country) != null) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The partner state " + country + " is registered already.");
        }
        check(endpoint, codes);
        PartnerState p = new PartnerState(country, name, endpoint, codes, by, clock.instant());
        em.persist(p);
        audit.record(by, "partner-state.registered", RECORD, country, describe(p));
        return p;
    }

    public PartnerState change(
            String country,
            String name,
            String endpoint,
            List<String> codes,
            boolean active,
            String by) {
        PartnerState p = require(country);
        check(endpoint, codes);
        p.change(name, endpoint, codes, active);
        em.flush(); // the new version, for the answer's ETag
        audit.record(by, "partner-state.changed", RECORD, country, describe(p));
        return p;
    }

    public PartnerKey addKey(String country, String keyId, String pem, String by) {
        require(country);
        if (key(country, keyId).isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The partner "
                            + country
                            + " has a key '"
                            + keyId
                            + "' already: use a new key id.");
        }
        String base64 = publicKeyBase64(pem);
        PartnerKey k = new PartnerKey(country, keyId, base64, by, clock.instant());
        em.persist(k);
        audit.record(
                by,
                "partner-state.key-added",
                RECORD,
                country,
                Jsons.object().add("keyId", keyId).build().toString());
        return k;
    }

    public PartnerKey retireKey(String country, String keyId, String by) {
        PartnerKey k =
                key(country, keyId)
                        .orElseThrow(() -> ProblemException.notFound("partner key", keyId));
        k.retire(by, clock.instant());
        audit.record(
                by,
                "partner-state.key-retired",
                RECORD,
                country,
                Jsons.object().add("keyId", keyId).build().toString());
        return k;
    }

    public PartnerState require(String country) {
        PartnerState p = country == null ? null : em.find(PartnerState.class, country);
        if (p == null) {
            throw ProblemException.notFound("partner state", country);
        }
        return p;
    }

    /** The partner, if registered and active. */
    public Optional<PartnerState> active(String country) {
        return Optional.ofNullable(country == null ? null : em.find(PartnerState.class, country))
                .filter(PartnerState::active);
    }

    public List<PartnerState> list() {
        return em.createQuery("SELECT p FROM PartnerState p ORDER BY p.country", PartnerState.class)
                .getResultList();
    }

    public List<PartnerKey> keys(String country) {
        return em.createQuery(
                        "SELECT k FROM PartnerKey k WHERE k.country = :country ORDER BY k.addedAt",
                        PartnerKey.class)
                .setParameter("country", country)
                .getResultList();
    }

    /** The partner's current key with that id, ready to verify a signature. */
    public Optional<PublicKey> currentKey(String country, String keyId) {
        return key(country, keyId).filter(PartnerKey::current).map(k -> decode(k.publicKey()));
    }

    private Optional<PartnerKey> key(String country, String keyId) {
        return em.createQuery(
                        "SELECT k FROM PartnerKey k WHERE k.country = :country AND k.keyId = :keyId",
                        PartnerKey.class)
                .setParameter("country", country)
                .setParameter("keyId", keyId)
                .getResultStream()
                .findFirst();
    }

    private void check(String endpoint, List<String> codes) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("endpoint", "not a URL");
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw ProblemException.invalidField(
                    "endpoint",
                    "the base URL of the partner's readmission module, https://host[:port]/path,"
                            + " without query, fragment or credentials");
        }
        for (int i = 0; i < codes.size(); i++) {
            regimes.regime(codes.get(i), "regimes[" + i + "]");
        }
    }

    private static String publicKeyBase64(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key;
        try {
            key = decode(base64);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(
                    "publicKey", "an RSA public key in PEM form (-----BEGIN PUBLIC KEY-----)");
        }
        if (((RSAPublicKey) key).getModulus().bitLength() < MIN_KEY_BITS) {
            throw ProblemException.invalidField(
                    "publicKey", "an RSA key of at least " + MIN_KEY_BITS + " bits");
        }
        return base64;
    }

    private static PublicKey decode(String base64) {
        try {
            return KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalArgumentException("not an RSA public key", e);
        }
    }

    private static String describe(PartnerState p) {
        return Jsons.object()
                .add("name", p.name())
                .add("endpoint", p.endpoint())
                .add("regimes", String.join(",", p.regimes()))
                .add("active", p.active())
                .build()
                .toString();
    }
}
