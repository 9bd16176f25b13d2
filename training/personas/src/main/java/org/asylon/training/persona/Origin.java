package org.asylon.training.persona;

import java.util.Arrays;
import java.util.List;

/**
 * Where a persona comes from, and the pools their invented name is drawn from: common given names
 * (real, and so never alone a person's full name) with the transliterations officers meet, and
 * surname syllables no real family name is taken from whole. A syllable or name is written {@code
 * Latin|original script|variant,variant}; the original script is empty for a Latin-script origin.
 *
 * @param nationality ISO 3166 alpha-3
 * @param country the country's short English name, for the story
 * @param languages ISO 639-3, the first spoken by everyone of this origin
 * @param script the script names are written in at home
 * @param weight how often this origin is drawn, relative to the others
 * @param firstAsylum a state where people of this origin are often recognised as refugees before
 *     moving on (ISO 3166 alpha-3), or null
 * @param wifeTakesSurname whether a wife is known by her husband's family name
 * @param surnamesPerPerson two for the Spanish-speaking origins (father's and mother's), else one
 * @param female given names for women
 * @param male given names for men
 * @param stems the first syllables of a surname
 * @param endings the last syllable of a man's surname
 * @param femaleEndings the same for a woman, where the language inflects it (else the same list)
 * @param prefix a particle some surnames take ({@code Al-}), or null
 * @param reasons why people of this origin leave, as a person tells it (the protection reasons)
 */
record Origin(
        String nationality,
        String country,
        List<String> languages,
        Persona.Script script,
        int weight,
        String firstAsylum,
        boolean wifeTakesSurname,
        int surnamesPerPerson,
        List<Written> female,
        List<Written> male,
        List<Written> stems,
        List<Written> endings,
        List<Written> femaleEndings,
        Written prefix,
        List<String> reasons) {

    /** A name or syllable in Latin script, in its own script, and its other transliterations. */
    record Written(String latin, String original, List<String> variants) {

        static Written of(String spec) {
            String[] parts = spec.split("\\|", -1);
            return new Written(
                    parts[0],
                    parts.length > 1 && !parts[1].isEmpty() ? parts[1] : null,
                    parts.length > 2 && !parts[2].isEmpty()
                            ? Arrays.asList(parts[2].split(","))
                            : List.of());
        }
    }

    static List<Written> written(String... specs) {
        return Arrays.stream(specs).map(Written::of).toList();
    }
}
