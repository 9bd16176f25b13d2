package org.asylon.training.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.OtherOption;
import org.asylon.training.persona.Persona.ProtectionIntent.Moment;
import org.asylon.training.persona.Persona.Script;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A seed gives one cohort, always the same, large and varied enough to cast every exercise. */
class CohortTest {

    static final LocalDate DAY = LocalDate.parse("2026-01-15");
    static final LegalProfile PACT = new ProfileLoader().load("eu-pact-2026");

    /** A smoke check that no persona is named after a famous person. */
    static final List<String> FAMOUS =
            List.of(
                    "Mohamed Salah",
                    "Mohammed Salah",
                    "Malala Yousafzai",
                    "Bashar Al-Assad",
                    "Volodymyr Zelensky",
                    "Vladimir Putin",
                    "Abiy Ahmed",
                    "Haile Gebrselassie",
                    "Isaias Afwerki",
                    "Mo Farah",
                    "Hassan Sheikh Mohamud",
                    "Recep Tayyip Erdogan",
                    "Nicolas Maduro",
                    "Gabriel Garcia Marquez",
                    "Shakira Mebarak",
                    "Sheikh Hasina",
                    "Muhammad Yunus",
                    "Jean-Bertrand Aristide",
                    "Denis Mukwege",
                    "Alpha Conde",
                    "Ahmad Shah Massoud",
                    "Yusuf Islam",
                    "Omar Sharif",
                    "Alexei Navalny",
                    "Svetlana Tikhanovskaya",
                    "Mikheil Saakashvili",
                    "Emomali Rahmon");

    private static String json(List<Persona> cohort) {
        return CohortJson.write(15, PACT.name(), DAY, cohort).toString();
    }

    @Test
    void theSameSeedProfileAndDayGiveTheSameCohortAndAnotherSeedAnother() {
        List<Persona> first = Cohort.generate(15, PACT, DAY);
        List<Persona> again = Cohort.generate(15, PACT, DAY);
        assertEquals(first, again);
        assertEquals(json(first), json(again));
        assertNotEquals(json(first), json(Cohort.generate(16, PACT, DAY)));
    }

    @Test
    void aCohortHasTheDefaultSizeIdsAndGroupKeysInOrderAndSaysItIsFictional() {
        List<Persona> cohort = Cohort.generate(15, PACT, DAY);
        assertEquals(Cohort.DEFAULT_SIZE, cohort.size());
        assertTrue(cohort.size() >= 200);
        for (int i = 0; i < cohort.size(); i++) {
            assertEquals(String.format("P-%04d", i + 1), cohort.get(i).id());
            assertTrue(cohort.get(i).fictional());
            assertTrue(cohort.get(i).story().contains("fictional"), cohort.get(i).story());
        }
        List<String> keys =
                cohort.stream()
                        .flatMap(
                                p ->
                                        p.travel() == null
                                                ? java.util.stream.Stream.<String>empty()
                                                : java.util.stream.Stream.of(
                                                        p.travel().parentGroupKey(),
                                                        p.travel().groupKey()))
                        .filter(k -> k != null)
                        .distinct()
                        .sorted()
                        .toList();
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(String.format("G-%03d", i + 1), keys.get(i));
        }
        assertTrue(CohortJson.write(15, PACT.name(), DAY, cohort).getBoolean("fictional"));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 15, 42, 2026, 987654321L, -7})
    void everyTraitIsCarriedBySomeoneWhateverTheSeed(long seed) {
        List<Persona> c = Cohort.generate(seed, PACT, DAY);
        for (Script script : Script.values()) {
            has(c, "script " + script, p -> p.script() == script);
        }
        has(c, "an unaccompanied child", Persona::unaccompaniedChild);
        has(c, "a separated child", Persona::separatedChild);
        has(c, "a family", p -> p.travel() != null && "FAMILY".equals(p.travel().kind()));
        has(
                c,
                "a family in a boat",
                p -> p.travel() != null && p.travel().parentGroupKey() != null);
        has(c, "a boat passenger", p -> p.travel() != null && "BOAT".equals(p.travel().kind()));
        has(
                c,
                "a group by land",
                p -> p.travel() != null && "TRAVEL_GROUP".equals(p.travel().kind()));
        for (DocumentState state : DocumentState.values()) {
            has(c, "document " + state, p -> p.document().state() == state);
        }
        for (Moment moment : Moment.values()) {
            has(c, "intent " + moment, p -> p.intent().moment() == moment);
        }
        for (String where : List.of("reception", "detention", "return")) {
            has(c, "a request later in " + where, p -> where.equals(p.intent().where()));
        }
        for (OtherOption option : OtherOption.values()) {
            has(c, "option " + option, p -> p.otherOptions().contains(option));
        }
        has(
                c,
                "a forged passport and no wish for protection",
                p ->
                        p.document().state() == DocumentState.FORGED
                                && p.intent().moment() == Moment.NEVER);
        for (String what :
                List.of(
                        "asylum application lodged",
                        "fingerprints taken at entry",
                        "refugee status")) {
            has(
                    c,
                    "known elsewhere: " + what,
                    p -> p.knownElsewhere() != null && p.knownElsewhere().what().equals(what));
        }
        for (String need :
                List.of("SC-UC", "SC-SC", "WR", "WR-PL", "DS", "SM", "TR", "LP-TP", "ER", "SP")) {
            has(c, "need " + need, p -> p.specificNeeds().contains(need));
        }
        has(
                c,
                "possibly a child by an estimated year of birth",
                p ->
                        p.dateOfBirthEstimated()
                                && p.truth().child()
                                && !p.unaccompaniedChild()
                                && !p.separatedChild()
                                && p.dateOfBirth().length() == 4);
        has(
                c,
                "an unaccompanied child aged 9 to 17",
                p -> p.unaccompaniedChild() && p.truth().age() >= 9 && p.truth().age() <= 17);
    }

    private static void has(List<Persona> cohort, String trait, Predicate<Persona> test) {
        assertTrue(cohort.stream().anyMatch(test), "no persona with " + trait);
    }

    @Test
    void childrenAloneAreNineToSeventeenAndEveryScriptedNameHasItsOriginalAndVariants() {
        for (Persona p : Cohort.generate(15, PACT, DAY)) {
            if (p.unaccompaniedChild() || p.separatedChild()) {
                assertTrue(
                        p.truth().age() >= 8 && p.truth().age() <= 17,
                        p.id() + " " + p.truth().age());
            }
            assertEquals(p.script() != Script.LATIN, p.originalScriptName() != null, p.id());
            // a name in another script is always met in more than one Latin spelling
            assertEquals(
                    p.script() != Script.LATIN,
                    p.script() != Script.LATIN && !p.nameVariants().isEmpty(),
                    p.id());
            assertFalse(
                    p.nameVariants().contains(p.statedGivenNames() + " " + p.statedSurname()),
                    p.id());
        }
    }

    @Test
    void theTransliterationsOfficersMeetAreAmongTheVariants() {
        Set<String> variants =
                Cohort.generate(15, PACT, DAY).stream()
                        .flatMap(p -> p.nameVariants().stream())
                        .flatMap(v -> java.util.Arrays.stream(v.split(" ")))
                        .collect(Collectors.toSet());
        for (String spelling : List.of("Muhammad", "Mohamed")) {
            assertTrue(variants.contains(spelling), spelling);
        }
        Set<String> all = new HashSet<>(variants);
        Cohort.generate(15, PACT, DAY)
                .forEach(p -> all.addAll(List.of(p.statedGivenNames().split(" "))));
        assertTrue(all.contains("Maxamed") || all.contains("Yousef") || all.contains("Aleksandr"));
    }

    @Test
    void noTwoPersonasShareAFullNameAndNoneIsAFamousPerson() {
        for (long seed : new long[] {1, 15, 2026}) {
            List<Persona> cohort = Cohort.generate(seed, PACT, DAY);
            Set<String> names = new HashSet<>();
            Set<String> famous =
                    FAMOUS.stream().map(CohortTest::comparable).collect(Collectors.toSet());
            for (Persona p : cohort) {
                String name = comparable(p.statedGivenNames() + " " + p.statedSurname());
                assertTrue(names.add(name), "two personas named " + name + " (seed " + seed + ")");
                assertFalse(famous.contains(name), name);
                for (String variant : p.nameVariants()) {
                    assertFalse(famous.contains(comparable(variant)), variant);
                }
            }
        }
    }

    private static String comparable(String name) {
        return NameMaker.plain(name).toLowerCase(Locale.ROOT).replace('-', ' ');
    }
}
