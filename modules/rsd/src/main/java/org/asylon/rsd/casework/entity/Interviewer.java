package org.asylon.rsd.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * An eligibility officer who may hold RSD interviews, with the gender and languages scheduling
 * needs to honour an applicant's request for an interviewer of the same gender (UNHCR Procedural
 * Standards for RSD). Its row is locked while a slot is booked, so the officer cannot be booked
 * twice at once.
 */
@Entity
@Table(name = "interviewer")
public class Interviewer {

    @Id private String id;

    @Version private long version;

    /** The officer's user name (the one they sign in with). */
    @Column(name = "user_name", nullable = false, unique = true)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    private Gender gender;

    /** ISO 639-3 codes of the languages the officer can interview in without an interpreter. */
    @Column(name = "languages")
    private String languages;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Interviewer() {}

    public Interviewer(
            String userName,
            Gender gender,
            Collection<String> languages,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.userName = userName;
        this.gender = gender;
        this.languages = Codes.join(languages);
        this.active = true;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public void update(Gender newGender, Collection<String> newLanguages, boolean isActive) {
        gender = newGender;
        languages = Codes.join(newLanguages);
        active = isActive;
    }

    public boolean speaks(String language) {
        return language != null && languages().contains(language);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String userName() {
        return userName;
    }

    public Gender gender() {
        return gender;
    }

    public List<String> languages() {
        return Codes.split(languages);
    }

    public boolean active() {
        return active;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
