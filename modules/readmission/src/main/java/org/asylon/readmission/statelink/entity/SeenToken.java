package org.asylon.readmission.statelink.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A signed token a partner presented, kept until it expires: the same token twice is a replay. */
@Entity
@Table(name = "seen_token")
public class SeenToken {

    @Id
    @Column(name = "token_id")
    private String tokenId;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SeenToken() {}

    public SeenToken(String tokenId, String country, Instant seenAt, Instant expiresAt) {
        this.tokenId = tokenId;
        this.country = country;
        this.seenAt = seenAt;
        this.expiresAt = expiresAt;
    }
}
