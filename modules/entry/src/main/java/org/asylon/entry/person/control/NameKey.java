package org.asylon.entry.person.control;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Deterministic key of a single name word, equal for the common Latin transcriptions of the same
 * name (Mohammed, Muhammad, Mohamad, Muhammed all give {@code mahamad}).
 *
 * <p>Why this shape: transcriptions of Arabic, Persian, Pashto, Tigrinya or Cyrillic names disagree
 * mostly about vowel <em>quality</em> (Arabic script usually omits short vowels; Persian writes o/e
 * where Arabic-based spellings write u/i) and about how a handful of consonants are spelled (q/k,
 * kh/h, ph/f, j/y, ...). They rarely disagree about <em>where</em> a vowel is, or about a
 * diphthong. So the key keeps the consonants (after unifying spelling variants) and replaces every
 * vowel run by one placeholder, except that diphthongs (ai/ei/ay...) and the class of the final
 * vowel (-i versus -a) are kept, because they separate different names: Hassan/Hussein, Ali/Alia.
 *
 * <p>The key is computed on one word; splitting a full name into words, particles and compounds is
 * {@link NameTokenizer}'s job.
 */
public final class NameKey {

    /**
     * Letters that Unicode decomposition does not reduce to a base letter, or whose diacritic
     * changes the sound.
     */
    private static final Map<Character, String> LETTERS =
            Map.ofEntries(
                    Map.entry('ß', "ss"),
                    Map.entry('æ', "ae"),
                    Map.entry('œ', "oe"),
                    Map.entry('ø', "o"),
                    Map.entry('đ', "d"),
                    Map.entry('ð', "d"),
                    Map.entry('þ', "th"),
                    Map.entry('ł', "l"),
                    Map.entry('ı', "i"),
                    // the caron/cedilla letters stand for sounds other transcriptions write as
                    // digraphs (Šukri = Shukri)
                    Map.entry('š', "sh"),
                    Map.entry('ş', "sh"),
                    Map.entry('ș', "sh"),
                    Map.entry('ž', "zh"),
                    Map.entry('č', "ch"),
                    Map.entry('ç', "ch"),
                    Map.entry('ć', "ch"),
                    Map.entry('ğ', "g"));

    /** A spelling rule: pattern, replacement, and the reason it exists. */
    record Rule(Pattern pattern, String replacement, String why) {
        Rule(String regex, String replacement, String why) {
            this(Pattern.compile(regex), replacement, why);
        }

        String apply(String s) {
            return pattern.matcher(s).replaceAll(replacement);
        }
    }

    /** Consonant spelling rules, applied in this order (longer spellings before their parts). */
    static final List<Rule> SPELLING_RULES =
            List.of(
                    new Rule(
                            "tsch|tch",
                            "ch",
                            "German and French spellings of Cyrillic ч (Tschernenko, Tchernenko = Chernenko)"),
                    new Rule("sch", "sh", "German spelling of ш"),
                    new Rule(
                            "dzh|dj",
                            "j",
                            "Russian and French spellings of Arabic ج (Dzhamal, Djamel = Jamal)"),
                    new Rule("ph", "f", "Greek-style spelling of f (Mustapha = Mustafa, Joseph)"),
                    new Rule(
                            "^ou(?=[aeiy])",
                            "w",
                            "French spelling of Arabic و before a vowel (Oualid = Walid)"),
                    new Rule(
                            "w",
                            "v",
                            "و and в are w in Arabic/English, v in Persian/German-Slavic use (Wahid = Vahid)"),
                    new Rule("x", "ks", "Alexander = Aleksandr"),
                    new Rule("ck", "k", "German/English spelling of k"),
                    new Rule(
                            "c(?!h)",
                            "k",
                            "a lone c is k in most transcriptions (Nicolai = Nikolai); ch stays a sound of its own"),
                    new Rule("q", "k", "ق is written q or k (Qasim = Kasim)"),
                    new Rule(
                            "kh",
                            "h",
                            "خ and х are kh, h or x (Khalid = Halid in Turkish, Mikhail = Mihail)"),
                    new Rule("gh", "g", "غ is gh or g (Ghulam = Gulam)"),
                    new Rule(
                            "dh",
                            "z",
                            "ذ is dh in Arabic, z in Persian, Turkish and Urdu (Dhiya = Ziya)"),
                    new Rule(
                            "j",
                            "y",
                            "j is the y sound in German, Slavic and Scandinavian transcriptions (Jusuf = Yusuf, Sergej = Sergei)"),
                    new Rule(
                            "(?<=[aeiouy])h$",
                            "",
                            "a final h after a vowel is the silent ta marbuta or Persian he (Fatemeh, Abdullah = Abdulla)"));

    /**
     * Whole-word forms no letter rule derives, mapped to a form that the rules treat like the rest
     * of the family. Kept deliberately small: each entry is a frequent, documented variant.
     */
    static final Map<String, String> KNOWN_FORMS =
            Map.of(
                    "fatma", "fatima", // Turkish/Kurdish form drops the middle vowel
                    "mehmet", "muhammad", // Turkish form
                    "mohd", "muhammad", // South-Asian and Malay abbreviation
                    "osman", "uthman", // Turkish/Persian render ث as s, Arabic as th
                    "usman", "uthman");

    private static final String VOWELS = "aeiouy";

    private NameKey() {}

    /**
     * The word reduced to lower-case ASCII letters: diacritics stripped, apostrophes (ayn/hamza)
     * removed, everything else that is not a letter dropped.
     */
    public static String clean(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            String replacement = LETTERS.get(c);
            mapped.append(replacement != null ? replacement : String.valueOf(c));
        }
        String stripped =
                Normalizer.normalize(mapped, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        // this also drops the ayn and hamza marks ('Abd, Sa'id), which many transcriptions leave
        // out
        return stripped.replaceAll("[^a-z]", "");
    }

    /** The key of one (already cleaned or raw) word; empty if the word has no letters. */
    public static String of(String word) {
        String s = clean(word);
        s = KNOWN_FORMS.getOrDefault(s, s);
        for (Rule rule : SPELLING_RULES) {
            s = rule.apply(s);
        }
        // doubled letters are gemination (Muhammad/Mohamed) or spelling habit (Youssef/Yousef)
        return collapseDoubles(encodeVowels(collapseDoubles(s)));
    }

    /**
     * Replaces every vowel run by a placeholder. A y at the start of a word is a consonant (Yusuf);
     * elsewhere it behaves as a vowel letter (Maryam = Mariam, Tesfay = Tesfaye).
     */
    static String encodeVowels(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!isVowel(s, i)) {
                out.append(s.charAt(i++));
                continue;
            }
            int start = i;
            while (i < s.length() && isVowel(s, i)) {
                i++;
            }
            out.append(vowelClass(s.substring(start, i), i == s.length()));
        }
        return out.toString();
    }

    private static boolean isVowel(String s, int i) {
        char c = s.charAt(i);
        return c == 'y' ? i > 0 : VOWELS.indexOf(c) >= 0;
    }

    /**
     * Diphthongs are kept ("ay") because they distinguish names (Hussein/Husain versus Hassan). A
     * final vowel keeps its class, -i or -a, because it marks the feminine (Ali versus Alia,
     * Aliya). Everything else is one placeholder, because vowel quality is what transcriptions
     * disagree about.
     */
    private static String vowelClass(String run, boolean last) {
        if (run.matches(".*[aeo][iy].*")) {
            return "ay";
        }
        if (last && (run.endsWith("i") || run.endsWith("y") || run.endsWith("ee"))) {
            return "i";
        }
        return "a";
    }

    static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * A coarse key for database blocking: the first three consonants of the key, with sibilants and
     * a few digraphs merged further. Broad on purpose: it lets a query find candidates whose key
     * differs in a vowel slot or in a spelling the rules leave apart (Fatma/Fatima, Aicha/Aisha,
     * Mahmoud/Mohammed); {@link NameSimilarity} then decides.
     */
    public static String blockingKey(String key) {
        String s =
                key.replace("sh", "s")
                        .replace("ch", "s")
                        .replace("zh", "s")
                        .replace("th", "t")
                        .replace('z', 's');
        String consonants = collapseDoubles(s.replaceAll("[aeiouy]", ""));
        if (consonants.isEmpty()) {
            return key; // names of vowels only (Aya, Eyo) block on themselves
        }
        return consonants.length() <= 3 ? consonants : consonants.substring(0, 3);
    }
}
