package org.asylon.training.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How an officer's spelling of a name is compared with a persona's: case, accents, hyphens,
 * apostrophes and extra spaces do not count ({@link #tokens}), and a consonant skeleton ({@link
 * #skeleton}) lets the transliterations officers meet for one name (Mohammed, Muhammad, Mohamed,
 * Somali Maxamed; Youssef, Yusuf) compare equal. The persona's own {@code nameVariants} cover what
 * the skeleton cannot.
 */
final class Names {

    private Names() {}

    /**
     * The name's words, lower case, without accents or marks (Arabic short vowels and shadda are
     * marks too), split at spaces, hyphens and any other character that is not a letter.
     */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        String bare =
                Normalizer.normalize(name, Normalizer.Form.NFKD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String word : bare.split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * The word's consonants after its first letter, with the usual transliteration pairs folded
     * (kh/h, ph/f, sh/s, w/v, q/k, Somali x/h), h left out, doubled letters taken once, and a
     * leading vowel kept only as "a vowel" (Omar and Umar). Latin script only; other scripts pass
     * unchanged.
     */
    static String skeleton(String token) {
        if (token.isEmpty() || !isLatin(token)) {
            return token;
        }
        String t =
                token.replace("kh", "h")
                        .replace("gh", "g")
                        .replace("ph", "f")
                        .replace("sh", "s")
                        .replace("ch", "c")
                        .replace("zh", "z")
                        .replace("th", "t")
                        .replace("dh", "d")
                        .replace('w', 'v')
                        .replace('q', 'k')
                        .replace('x', 'h');
        StringBuilder out = new StringBuilder();
        char first = t.charAt(0);
        out.append(isVowel(first) ? '*' : first);
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isVowel(c) || c == 'h') {
                continue; // h comes and goes between spellings: Abdallah, Abdulla; Mohamed, Maxamed
            }
            if (out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The skeletons of the words, joined: "Habte Mariam" and "Habtemariam" give the same. */
    static String joinedSkeleton(List<String> tokens) {
        return skeleton(String.join("", tokens));
    }

    static List<String> sorted(List<String> tokens) {
        String[] copy = tokens.toArray(String[]::new);
        Arrays.sort(copy);
        return List.of(copy);
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }

    private static boolean isLatin(String token) {
        return token.chars().allMatch(c -> c < 0x250);
    }
}
