package org.asylon.entry.person.control;

import java.util.List;
import java.util.Objects;

/**
 * One name of a person as the matcher sees it.
 *
 * @param text the name as written (compounds such as "Abd al-Rahman" keep all their parts), for
 *     reasons
 * @param key the transliteration-tolerant key, see {@link NameKey}
 * @param altKey a second key when the name may carry a glued article ("Elsayed" may be "el-Sayed"
 *     or a name of its own such as "Elham"); null when there is no such reading
 */
public record NameToken(String text, String key, String altKey) {

    public NameToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(key, "key");
    }

    /** The primary key first, then the alternative, if any. */
    public List<String> keys() {
        return altKey == null ? List.of(key) : List.of(key, altKey);
    }
}
