package org.asylon.kernel.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first response given to an idempotency key within a scope (caller and endpoint). */
@Entity
@Table(name = "idempotency_record")
@IdClass(IdempotencyRecord.Key.class)
public class IdempotencyRecord {

    @Id
    @Column(name = "scope")
    private String scope;

    @Id
    @Column(name = "idempotency_key")
    private String key;

    @Column(name = "request_hash", nullable = false)
    private String requestHash;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location")
    private String location;

    @Lob
    @Column(name = "body")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {}

    IdempotencyRecord(String scope, String key, String requestHash, Instant createdAt) {
        this.scope = scope;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    void answer(Created created) {
        this.status = created.status();
        this.location = created.location();
        this.body = created.body();
    }

    Created response() {
        return new Created(status, location, body, false);
    }

    boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        public String scope;
        public String key;

        static Key of(String scope, String key) {
            Key id = new Key();
            id.scope = scope;
            id.key = key;
            return id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(scope, k.scope)
                    && java.util.Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(scope, key);
        }
    }
}
