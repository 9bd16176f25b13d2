package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.asylon.entry.person.entity.PartialDate;

/**
 * Who the person is, as far as the border knows: names as written in the document and as the person
 * states them, the original script beside the Latin transcription (never replaced by it), a date of
 * birth that may be partial or estimated, sex, and place of birth.
 */
@Embeddable
public class PersonDetails {

    @Column(name = "document_surname")
    private String documentSurname;

    @Column(name = "document_given_names")
    private String documentGivenNames;

    @Column(name = "stated_surname")
    private String statedSurname;

    @Column(name = "stated_given_names")
    private String statedGivenNames;

    /** The name in the person's own script (Arabic, Ge'ez, Cyrillic ...), as they write it. */
    @Column(name = "original_script_name")
    private String originalScriptName;

    @Embedded private PartialDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex")
    private Sex sex;

    @Column(name = "place_of_birth")
    private String placeOfBirth;

    protected PersonDetails() {}

    public PersonDetails(
            String documentSurname,
            String documentGivenNames,
            String statedSurname,
            String statedGivenNames,
            String originalScriptName,
            PartialDate dateOfBirth,
            Sex sex,
            String placeOfBirth) {
        this.documentSurname = documentSurname;
        this.documentGivenNames = documentGivenNames;
        this.statedSurname = statedSurname;
        this.statedGivenNames = statedGivenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.placeOfBirth = placeOfBirth;
    }

    public String documentSurname() {
        return documentSurname;
    }

    public String documentGivenNames() {
        return documentGivenNames;
    }

    public String statedSurname() {
        return statedSurname;
    }

    public String statedGivenNames() {
        return statedGivenNames;
    }

    public String originalScriptName() {
        return originalScriptName;
    }

    public PartialDate dateOfBirth() {
        return dateOfBirth;
    }

    public Sex sex() {
        return sex;
    }

    public String placeOfBirth() {
        return placeOfBirth;
    }
}
