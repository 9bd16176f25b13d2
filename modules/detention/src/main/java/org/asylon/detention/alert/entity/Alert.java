package org.asylon.detention.alert.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One alert: raised when a condition appears, resolved when it is gone. The rows are the history a
 * monitor can read back (how long a room was overcrowded, how late a review was).
 */
@Entity
@Table(name = "alert")
public class Alert {

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AlertKind kind;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(name = "person_id")
    private String personId;

    @Column(name = "facility_id")
    private String facilityId;

    @Column(name = "rule_name", nullable = false)
    private String rule;

    @Column(name = "basis")
    private String basis;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    /**
     * Kind and record while the alert is open, null once resolved: unique, so two sweeps racing
     * (two instances of the module) cannot both open the same alert; the second one's transaction
     * fails and its next run finds the alert open.
     */
    @Column(name = "open_key")
    private String openKey;

    protected Alert() {}

    public Alert(
            AlertKind kind,
            String recordType,
            String recordId,
            String personId,
            String facilityId,
            String rule,
            String basis,
            Instant dueAt,
            Instant raisedAt) {
        this.id = UUID.randomUUID().toString();
        this.kind = kind;
        this.recordType = recordType;
        this.recordId = recordId;
        this.personId = personId;
        this.facilityId = facilityId;
        this.rule = rule;
        this.basis = basis;
        this.dueAt = dueAt;
        this.raisedAt = raisedAt;
        this.openKey = key();
    }

    public void resolve(Instant at) {
        if (resolvedAt == null) {
            resolvedAt = at;
            openKey = null;
        }
    }

    /**
     * The condition still holds, as it stands now: its due time may have moved (a review recorded)
     * and the rule behind it may have changed (a release first due at the maximum, then because
     * protection was granted).
     */
    public void stillHolds(String rule, String basis, Instant dueAt) {
        this.rule = rule;
        this.basis = basis;
        this.dueAt = dueAt;
    }

    public boolean open() {
        return resolvedAt == null;
    }

    public String key() {
        return kind + "/" + recordId;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public AlertKind kind() {
        return kind;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String personId() {
        return personId;
    }

    public String facilityId() {
        return facilityId;
    }

    public String rule() {
        return rule;
    }

    public String basis() {
        return basis;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
