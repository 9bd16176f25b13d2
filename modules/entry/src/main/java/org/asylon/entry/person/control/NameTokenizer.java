package org.asylon.entry.person.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the names of a person into {@link NameToken}s so that the same name gives the same tokens
 * however it is divided: "Abd al-Rahman", "Abdul Rahman" and "Abdelrahman" are one token, "Nasr
 * ad-Din" and "Nasreddine" too. Order is kept only to build compounds; matching itself ignores it.
 */
public final class NameTokenizer {

    /** The Arabic article as a word of its own; it carries no identity (al-Hassan = Hassan). */
    static final Set<String> ARTICLES = Set.of("al", "el", "ul", "ol", "il");

    /**
     * The article assimilated to a sun letter, recognised only when hyphenated (ar-Rashid, ad-Din,
     * ash-Shami).
     */
    private static final Pattern ASSIMILATED_ARTICLE =
            Pattern.compile("[aeiou](?:d|r|s|t|z|n|sh|th|dh)");

    /**
     * Patronymic links ("son/daughter of"). Dropped because they are present in one document and
     * absent in the next (Mohammed bin Salman = Mohammed Salman); the names they link are kept.
     */
    static final Set<String> PATRONYMIC_LINKS =
            Set.of("bin", "ben", "ibn", "bint", "binti", "bent", "ould", "veled");

    /**
     * Prefixes that form one name with the next word: "servant of" (Abd al-Rahman) and "father of"
     * (Abu Bakr). Written apart, hyphenated or glued; the compound is the name.
     */
    static final Set<String> COMPOUND_PREFIXES =
            Set.of(
                    "abd", "abdul", "abdel", "abdal", "abdol", "abdil", "abdur", "abdar", "abder",
                    "abdus", "abdas", "abdes", "abu", "abou", "abo");

    /**
     * Second parts that belong to the word before them (Habib Allah = Habibullah, Salah Eddine =
     * Salahuddin).
     */
    static final Set<String> COMPOUND_SUFFIXES =
            Set.of(
                    "allah", "ullah", "ollah", "ulla", "alla", "din", "deen", "dine", "eddin",
                    "eddine", "uddin", "uddeen", "addin", "aldin", "eldin", "oddin", "udin",
                    "edin");

    /**
     * Glued abd + article or linking vowel: Abdelrahman, Abdurrahman (assimilated, doubled r),
     * Abdirahman.
     */
    private static final Pattern GLUED_ABD =
            Pattern.compile("^abd[aeiou]+(?:l|([b-df-hj-np-tv-z])(?=\\1))?(.{2,})$");

    /**
     * Glued "-ad-Din" in its spellings (Nasreddine, Salahuddin, Alaeddin) -> the canonical "din".
     */
    private static final Pattern GLUED_DIN =
            Pattern.compile("^(.{3,}?)(?:[aeiou]+[ld]?)?d(?:i|ee|ii)ne?$");

    /**
     * A glued article (Elsayed, Alhassan, Assayed, Ennour) before a consonant, leaving a name of 4+
     * letters.
     */
    private static final Pattern GLUED_ARTICLE =
            Pattern.compile("^(?:[ae]l|[ae]([b-df-hj-np-tv-z])(?=\\1))([b-df-hj-np-tv-z].{3,})$");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;/.()]+");

    private NameTokenizer() {}

    /** The tokens of all names of one person, in the given order. */
    public static List<NameToken> tokenize(Collection<String> names) {
        List<Piece> pieces = new ArrayList<>();
        for (String name : names) {
            if (name != null) {
                split(name, pieces);
            }
        }
        List<Word> words = new ArrayList<>();
        Word prefix = null;
        String skipped = ""; // dropped particles stay visible in the text of the next name
        for (Piece piece : pieces) {
            String c = piece.clean;
            String text = skipped + piece.text;
            if (c.isEmpty()
                    || ARTICLES.contains(c)
                    || PATRONYMIC_LINKS.contains(c)
                    || (piece.hyphenAfter && ASSIMILATED_ARTICLE.matcher(c).matches())) {
                skipped = text + (piece.hyphenAfter ? "-" : " ");
                continue;
            }
            skipped = "";
            if (COMPOUND_PREFIXES.contains(c)) {
                prefix =
                        prefix == null
                                ? new Word(text, c.startsWith("abd") ? "abd" : c)
                                : prefix.join(text, c);
            } else if (prefix != null) {
                words.add(prefix.join(text, prefix.clean.equals("abd") ? withoutArticle(c) : c));
                prefix = null;
            } else if (COMPOUND_SUFFIXES.contains(c) && !words.isEmpty()) {
                Word previous = words.remove(words.size() - 1);
                words.add(previous.join(text, c.contains("d") ? "din" : "allah"));
            } else {
                words.add(new Word(text, c));
            }
        }
        if (prefix != null) {
            words.add(prefix); // a trailing "Abdul" (surname-first order) stays a name of its own
        }
        return words.stream().map(NameTokenizer::token).toList();
    }

    private static NameToken token(Word word) {
        String canonical = canonicalCompound(word.clean);
        Matcher article = GLUED_ARTICLE.matcher(canonical);
        String alt = article.matches() ? NameKey.of(article.group(2)) : null;
        return new NameToken(word.text, NameKey.of(canonical), alt);
    }

    /** Brings glued compounds to the same form as their written-apart spelling. */
    static String canonicalCompound(String clean) {
        Matcher abd = GLUED_ABD.matcher(clean);
        if (abd.matches()) {
            return "abd" + withoutArticle(abd.group(2));
        }
        Matcher din = GLUED_DIN.matcher(clean);
        if (din.matches()) {
            return din.group(1) + "din";
        }
        return clean;
    }

    /**
     * Abd Allah, Abd Alaziz: after "abd" a leading al/el/ul is the article, not part of the name.
     */
    private static String withoutArticle(String clean) {
        return clean.length() >= 5 && ARTICLES.contains(clean.substring(0, 2))
                ? clean.substring(2)
                : clean;
    }

    private static void split(String name, List<Piece> out) {
        for (String chunk : SEPARATORS.split(name.strip())) {
            String[] parts = chunk.split("[-‐‑–]", -1);
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i].isEmpty()) {
                    out.add(new Piece(parts[i], NameKey.clean(parts[i]), i < parts.length - 1));
                }
            }
        }
    }

    private record Piece(String text, String clean, boolean hyphenAfter) {}

    private record Word(String text, String clean) {
        Word join(String moreText, String moreClean) {
            return new Word(text + (text.endsWith("-") ? "" : " ") + moreText, clean + moreClean);
        }
    }
}
