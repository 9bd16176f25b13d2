package org.asylon.readmission.partner.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A public key a partner state signs its messages with, named by the key id its tokens carry.
 * Several keys of one partner may be current at once, so that the partner can roll a new key out
 * before it retires the old one; a retired key signs nothing any more.
 */
@Entity
@Table(name = "partner_key")
public class PartnerKey {

    @Id private String id;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    /** The RSA public key, X.509 SubjectPublicKeyInfo in Base64 (the body of a PEM file). */
    @Column(name = "public_key", nullable = false, length = 4000)
    private String publicKey;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by")
    private String retiredBy;

    protected PartnerKey() {}

    public PartnerKey(String country, String keyId, String publicKey, String by, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.country = country;
        this.keyId = keyId;
        this.publicKey = publicKey;
        this.addedBy = by;
        this.addedAt = at;
    }

    public void retire(String by, Instant at) {
        if (retiredAt == null) {
            this.retiredAt = at;
            this.retiredBy = by;
        }
    }

    public boolean current() {
        return retiredAt == null;
    }

    public String id() {
        return id;
    }

    public String country() {
        return country;
    }

    public String keyId() {
        return keyId;
    }

    public String publicKey() {
        return publicKey;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }

    public Instant retiredAt() {
        return retiredAt;
    }

    public String retiredBy() {
        return retiredBy;
    }
}
