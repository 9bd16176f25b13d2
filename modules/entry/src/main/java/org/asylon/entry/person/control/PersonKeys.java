package org.asylon.entry.person.control;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keys for storing a person in the database: one row per key, queried with the probe's keys, the
 * hits then ranked with {@link PersonMatcher}. Token keys find the same name in another
 * transcription; blocking keys are coarser and also find names whose keys differ (Fatma/Fatima-like
 * cases, Aicha/Aisha), at the price of more candidates.
 */
public final class PersonKeys {

    private PersonKeys() {}

    /**
     * The key of every name token, including the reading without a glued article (Elsayed: alsayd,
     * sayd).
     */
    public static Set<String> tokenKeys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (NameToken token : NameTokenizer.tokenize(names)) {
            keys.addAll(token.keys());
        }
        return keys;
    }

    /** The blocking key of every token key. */
    public static Set<String> blockingKeys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String key : tokenKeys(names)) {
            keys.add(NameKey.blockingKey(key));
        }
        return keys;
    }
}
