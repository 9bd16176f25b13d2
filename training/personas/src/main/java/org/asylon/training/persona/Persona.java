package org.asylon.training.persona;

import java.util.List;

/**
 * One invented person of a training cohort, with what the law of the cohort's legal profile
 * requires for them ({@link GroundTruth}). Names are made up from syllables and never belong to a
 * real person; every persona says it is fictional.
 *
 * @param id stable within a cohort: {@code P-0001} …
 * @param fictional always true, carried into every file made from a persona
 * @param statedSurname the surname as the person states it, in Latin script
 * @param statedGivenNames the given names as stated, in Latin script
 * @param originalScriptName the name in its own script (Arabic, Cyrillic, Ge'ez), null for Latin
 * @param script the script of the person's name
 * @param nameVariants the transliterations of the same name officers meet (Mohammed, Muhammad …)
 * @param dateOfBirth {@code 1994-07-02}, {@code 2010-03} or {@code 1998}
 * @param dateOfBirthEstimated whether the date is an estimate (no document, stated age)
 * @param sex {@code F}, {@code M} or {@code X}
 * @param nationalities ISO 3166 alpha-3 codes
 * @param languages ISO 639-3 codes
 * @param travel the group the person travels in, null when alone
 * @param unaccompaniedChild a child with neither parent nor a caregiver by law or custom
 * @param separatedChild a child without their parents but with another adult relative
 * @param document the travel document as carried; never null ({@link DocumentState#ABSENT})
 * @param specificNeeds the kernel's specific-needs codes (SC-UC, WR, LP-TP …)
 * @param intent when, if ever, the person asks for protection
 * @param otherOptions the regular pathways the person could use instead (labour, study, family)
 * @param knownElsewhere registered in another state before, null when not
 * @param story two or three sentences an officer hears, in English
 * @param truth what the profile's law requires for this person
 */
public record Persona(
        String id,
        boolean fictional,
        String statedSurname,
        String statedGivenNames,
        String originalScriptName,
        Script script,
        List<String> nameVariants,
        String dateOfBirth,
        boolean dateOfBirthEstimated,
        String sex,
        List<String> nationalities,
        List<String> languages,
        Travel travel,
        boolean unaccompaniedChild,
        boolean separatedChild,
        TravelDocument document,
        List<String> specificNeeds,
        ProtectionIntent intent,
        List<OtherOption> otherOptions,
        KnownElsewhere knownElsewhere,
        String story,
        GroundTruth truth) {

    public enum Script {
        LATIN,
        ARABIC,
        CYRILLIC,
        ETHIOPIC
    }

    public enum OtherOption {
        LABOUR,
        STUDY,
        FAMILY
    }

    /**
     * The group a person travels in. A family may travel inside a boat group: then {@code
     * parentGroupKey} names the boat.
     *
     * @param groupKey stable within a cohort: {@code G-001} …
     * @param kind BOAT, FAMILY or TRAVEL_GROUP (entry's group kinds)
     * @param role head, spouse, child, relative or passenger
     * @param parentGroupKey the enclosing group, or null
     */
    public record Travel(String groupKey, String kind, String role, String parentGroupKey) {}

    /**
     * @param state valid, expired, forged (an MRZ check digit broken) or absent
     * @param documentCode ICAO document code, e.g. P; null when absent
     * @param number the document number; null when absent
     * @param issuingState ISO 3166 alpha-3; null when absent
     * @param expiryDate ISO date; null when absent
     * @param mrz the machine-readable zone's lines (TD3: two of 44), empty when absent
     */
    public record TravelDocument(
            DocumentState state,
            String documentCode,
            String number,
            String issuingState,
            String expiryDate,
            List<String> mrz) {}

    public enum DocumentState {
        VALID,
        EXPIRED,
        FORGED,
        ABSENT
    }

    /**
     * @param moment at the border, later (in reception, in detention, at the return desk), or never
     * @param where for LATER: reception, detention or return; null otherwise
     * @param words what the person says, in English (an officer's note of it), null for NEVER
     */
    public record ProtectionIntent(Moment moment, String where, String words) {
        public enum Moment {
            AT_BORDER,
            LATER,
            NEVER
        }
    }

    /**
     * @param state ISO 3166 alpha-3 code of the state that registered the person
     * @param what e.g. "asylum application lodged", "fingerprints taken at entry", "refugee status"
     * @param since ISO date
     */
    public record KnownElsewhere(String state, String what, String since) {}
}
