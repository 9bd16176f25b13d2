package org.asylon.training.persona;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.asylon.training.persona.Origin.Written;

/**
 * Invents surnames from an origin's syllables (two stems and an ending, sometimes a particle), in
 * Latin script and in the origin's own, with the transliterations each syllable has, and lists the
 * spellings of a full name officers meet.
 */
final class NameMaker {

    /** An invented surname. */
    record Surname(String latin, String original, List<String> variants) {}

    private static final int MAX_VARIANTS = 8;

    private NameMaker() {}

    static Surname surname(Origin origin, boolean female, SplittableRandom random) {
        List<Surname> parts = new ArrayList<>();
        for (int i = 0; i < origin.surnamesPerPerson(); i++) {
            parts.add(one(origin, female, random));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        // Spanish usage: both surnames, and often the first alone
        Surname first = parts.get(0);
        Surname second = parts.get(1);
        Set<String> variants = new LinkedHashSet<>();
        variants.add(first.latin());
        first.variants().forEach(v -> variants.add(v + " " + second.latin()));
        return new Surname(first.latin() + " " + second.latin(), null, List.copyOf(variants));
    }

    private static Surname one(Origin origin, boolean female, SplittableRandom random) {
        Written stem1 = pick(origin.stems(), random);
        Written stem2 = pick(origin.stems(), random);
        Written ending = pick(female ? origin.femaleEndings() : origin.endings(), random);
        boolean prefixed = origin.prefix() != null && random.nextInt(3) == 0;
        List<Written> syllables = List.of(stem1, stem2, ending);
        String latin = capitalise(join(syllables, 0));
        String original =
                origin.script() == Persona.Script.LATIN
                        ? null
                        : capitalise(
                                syllables.stream()
                                        .map(Written::original)
                                        .reduce("", String::concat));
        Set<String> spellings = new LinkedHashSet<>();
        for (int v = 1; v <= 3; v++) {
            spellings.add(capitalise(join(syllables, v)));
        }
        // a name of two words (Habte Mariam) is also written joined and hyphenated
        for (String s : List.copyOf(spellings)) {
            if (s.contains(" ")) {
                spellings.add(s.replace(" ", "-"));
                String joined = s.replace(" ", "");
                spellings.add(
                        joined.charAt(0) + joined.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (prefixed) {
            Written prefix = origin.prefix();
            Set<String> withPrefix = new LinkedHashSet<>();
            for (String s : spellings) {
                withPrefix.add(prefix.latin() + s);
                prefix.variants().forEach(p -> withPrefix.add(p + s));
            }
            spellings = withPrefix;
            original = prefix.original() + original;
            latin = prefix.latin() + latin;
        }
        for (String s : List.copyOf(spellings)) {
            spellings.add(plain(s));
        }
        spellings.remove(latin);
        return new Surname(latin, original, spellings.stream().limit(MAX_VARIANTS).toList());
    }

    /** The spellings of a full name, other than the stated one. */
    static List<String> fullNameVariants(Written given, Surname surname) {
        List<String> givens = new ArrayList<>();
        givens.add(given.latin());
        givens.addAll(given.variants());
        List<String> surnames = new ArrayList<>();
        surnames.add(surname.latin());
        surnames.addAll(surname.variants());
        Set<String> all = new LinkedHashSet<>();
        // the given name's variants first: they are the ones officers meet most
        for (String g : givens) {
            for (String s : surnames) {
                all.add(g + " " + s);
            }
        }
        all.remove(given.latin() + " " + surname.latin());
        return all.stream().limit(MAX_VARIANTS * 2).toList();
    }

    static <T> T pick(List<T> from, SplittableRandom random) {
        return from.get(random.nextInt(from.size()));
    }

    /** The syllables joined, each in its {@code variant}-th spelling (0: the usual one). */
    private static String join(List<Written> syllables, int variant) {
        StringBuilder text = new StringBuilder();
        for (Written w : syllables) {
            text.append(
                    variant == 0 || w.variants().isEmpty()
                            ? w.latin()
                            : w.variants().get((variant - 1) % w.variants().size()));
        }
        return text.toString();
    }

    /** Each word of a surname capitalised: Desberte Mariam. */
    private static String capitalise(String s) {
        StringBuilder text = new StringBuilder();
        for (String word : s.split(" ")) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }

    static String plain(String s) {
        return Normalizer.normalize(s.replace('ı', 'i'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
