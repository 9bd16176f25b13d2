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
 * An interpreter the RSD office can book (UNHCR Procedural Standards for RSD, Unit 2.5,
 * interpretation), with the languages and gender scheduling matches against the applicant's needs.
 * Its row is locked while a slot is booked, so the interpreter cannot be booked twice at once.
 */
@Entity
@Table(name = "interpreter")
public class Interpreter {

    @Id private String id;

    @Version private long version;

    @Column(name = "name", nullable = false)
    private String name;

    /** ISO 639-3 codes. */
    @Column(name = "languages", nullable = false)
    private String languages;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false)
    private Gender gender;

    /** How the office reaches the interpreter (telephone, e-mail); never shown to applicants. */
    @Column(name = "contact")
    private String contact;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected Interpreter() {}

    public Interpreter(
            String name,
            Collection<String> languages,
            Gender gender,
            String contact,
            String registeredBy,
            Instant registeredAt) {
        this.id = UUID.randomUUID().toString();
        this.name = name;
        this.languages = Codes.join(languages);
        this.gender = gender;
        this.contact = contact;
        this.active = true;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public void update(
            String newName,
            Collection<String> newLanguages,
            Gender newGender,
            String newContact,
            boolean isActive) {
        name = newName;
        languages = Codes.join(newLanguages);
        gender = newGender;
        contact = newContact;
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

    public String name() {
        return name;
    }

    public List<String> languages() {
        return Codes.split(languages);
    }

    public Gender gender() {
        return gender;
    }

    public String contact() {
        return contact;
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
