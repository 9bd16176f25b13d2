package org.asylon.training.run.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A trainee of a run: the account the modules know them by, the password's hash only (the password
 * is shown once), and the records the per-trainee setup made for them.
 */
@Entity
@Table(name = "training_trainee")
public class Trainee {

    @Id private String id;

    @Column(name = "run_id", nullable = false)
    private String runId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "account", nullable = false)
    private String account;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "roles", nullable = false)
    private String roles;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Lob
    @Column(name = "captures", nullable = false)
    private String captures;

    @Lob
    @Column(name = "seeded", nullable = false)
    private String seeded;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    @Column(name = "added_by", nullable = false)
    private String addedBy;

    protected Trainee() {}

    public Trainee(
            TrainingRun run,
            String name,
            String language,
            List<String> roles,
            String passwordHash,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.runId = run.id();
        this.name = name;
        this.account = account(run.number(), name);
        this.language = language;
        this.roles = String.join(",", roles);
        this.passwordHash = passwordHash;
        this.captures = "{}";
        this.seeded = "{}";
        this.addedBy = by;
        this.addedAt = at;
    }

    /** {@code trainee.<run-number>.<name>}: the account names the run, so feedback finds it. */
    public static String account(long runNumber, String name) {
        return "trainee." + runNumber + "." + name;
    }

    /** The per-trainee setup's captures and seeded records (record id → alias), as JSON. */
    public void setUp(String capturesJson, String seededJson) {
        this.captures = capturesJson;
        this.seeded = seededJson;
    }

    public String id() {
        return id;
    }

    public String runId() {
        return runId;
    }

    public String name() {
        return name;
    }

    public String account() {
        return account;
    }

    public String language() {
        return language;
    }

    public List<String> roles() {
        return roles.isEmpty() ? List.of() : Arrays.asList(roles.split(","));
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String captures() {
        return captures;
    }

    public String seeded() {
        return seeded;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
