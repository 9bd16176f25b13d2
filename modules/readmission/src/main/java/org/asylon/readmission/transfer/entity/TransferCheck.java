package org.asylon.readmission.transfer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One protection check at the moment of a transfer, cleared or not, as it was then: where the
 * person's protection state came from (the return module's picture, or the officer's check with the
 * asylum authority) and every finding, in plain words with its rule. Never changed.
 */
@Entity
@Table(name = "transfer_check")
public class TransferCheck {

    @Id private String id;

    @Column(name = "transfer_id", nullable = false)
    private String transferId;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "checked_by", nullable = false)
    private String checkedBy;

    @Column(name = "source", nullable = false)
    private String source;

    @Column(name = "cleared", nullable = false)
    private boolean cleared;

    @Column(name = "findings", nullable = false, length = 4000)
    private String findings;

    protected TransferCheck() {}

    public TransferCheck(
            String transferId,
            String source,
            boolean cleared,
            String findings,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.transferId = transferId;
        this.source = source;
        this.cleared = cleared;
        this.findings = findings.length() > 4000 ? findings.substring(0, 4000) : findings;
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public String id() {
        return id;
    }

    public String transferId() {
        return transferId;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public String checkedBy() {
        return checkedBy;
    }

    public String source() {
        return source;
    }

    public boolean cleared() {
        return cleared;
    }

    public String findings() {
        return findings;
    }
}
