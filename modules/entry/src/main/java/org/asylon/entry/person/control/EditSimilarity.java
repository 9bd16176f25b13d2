package org.asylon.entry.person.control;

/**
 * Similarity of two keys as {@code 1 - distance / longer length}, with the optimal-string-alignment
 * distance (insert, delete, substitute, swap two neighbours: the usual typing errors).
 *
 * <p>Why not Jaro-Winkler: its bonus for a shared prefix is wrong for names, because whole families
 * of different names share their first syllables (Abd-..., Gebre-/Tesfa-/Habte-..., Mah-/Moh-...).
 * A distance relative to length has the property we want: one differing letter weighs more in a
 * short name (which has little redundancy) than in a long one.
 */
final class EditSimilarity {

    private EditSimilarity() {}

    static double of(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1.0 : 1.0 - (double) distance(a, b) / longer;
    }

    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
