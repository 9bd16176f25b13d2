package org.asylon.rsd.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * Who the applicant is, as recorded (names as stated, partial birth dates, ICAO nationality codes).
 */
@Embeddable
public class Person {

    @Column(name = "surname")
    private String surname;

    @Column(name = "given_names")
    private String givenNames;

    @Column(name = "original_script_name")
    private String originalScriptName;

    /** YYYY, YYYY-MM or YYYY-MM-DD, as known. */
    @Column(name = "date_of_birth")
    private String dateOfBirth;

    /** F, M or X, as in a travel document. */
    @Column(name = "sex")
    private String sex;

    @Column(name = "nationalities")
    private String nationalities;

    /** ISO 639-3 codes. */
    @Column(name = "languages")
    private String languages;

    protected Person() {}

    public Person(
            String surname,
            String givenNames,
            String originalScriptName,
            String dateOfBirth,
            String sex,
            List<String> nationalities,
            List<String> languages) {
        this.surname = surname;
        this.givenNames = givenNames;
        this.originalScriptName = originalScriptName;
        this.dateOfBirth = dateOfBirth;
        this.sex = sex;
        this.nationalities = String.join(",", nationalities == null ? List.of() : nationalities);
        this.languages = String.join(",", languages == null ? List.of() : languages);
    }

    public String surname() {
        return surname;
    }

    public String givenNames() {
        return givenNames;
    }

    public String originalScriptName() {
        return originalScriptName;
    }

    public String dateOfBirth() {
        return dateOfBirth;
    }

    public String sex() {
        return sex;
    }

    public List<String> nationalities() {
        return split(nationalities);
    }

    public List<String> languages() {
        return split(languages);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
